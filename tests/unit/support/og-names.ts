/**
 * Tool names and headlines for social-image tests: a table of the scripts names are written in,
 * and a generator of names anywhere within the tool schema's limits (long words, wide letters,
 * mixed scripts, emoji, combining marks), each accepted by the same schema validation uses.
 */
import fc from 'fast-check';
import { lineSchema } from '../../../src/core/schemas/common.ts';
import type { OgImageData } from '../../../src/core/views/og-image.ts';

/** Longest tool name and headline the schemas accept. */
const NAME_MAX = 80;
const HEADLINE_MAX = 160;
const nameSchema = lineSchema('tool name', NAME_MAX, 'x');
const headlineSchema = lineSchema('headline', HEADLINE_MAX, 'x');

/** One pair per script or hazard; each is drawn to a golden image and must show no missing glyph. */
export const SCRIPT_PAIRS = {
  arabic: ['مساعد البرمجة الذكي', 'ChatGPT 5'],
  hebrew: ['עוזר כתיבה', 'מנוע חיפוש 2'],
  cjk: ['通义千问 Qwen3', 'ひらがな 한국어 도우미'],
  emoji: ['Rocket 🚀 Pilot', '👩🏽‍💻 Dev Kit 🇯🇵 ❤️'],
  marks: ['Cafe\u0301 Noe\u0308l Tiếng Việt', 'n\u0308 o\u0328\u0303 Z\u0324\u0311 \u025b\u0303'],
  'long-words': ['W'.repeat(NAME_MAX), 'Supercalifragilisticexpialidocious-Enterprise-Edition-Pro-Max-Ultra'],
} as const satisfies Record<string, readonly [string, string]>;

/** What an image of two tools shows, with the default headline unless one is given. */
export function ogData(a: string, b: string, headline = `${a} vs ${b}`): OgImageData {
  const tool = (name: string, ship: string, community: string) => ({
    name: name.normalize('NFC'),
    ship,
    round: '3 of 4 reviewers, 22 Nov 2026',
    community,
  });
  // The longest community wording there is: a count below the minimum sample.
  return {
    siteName: 'Shipworthy',
    eyebrow: 'AI tool comparison',
    title: headline.normalize('NFC'),
    tools: [
      tool(a, '100%', 'Community: 100% ship, 1,234 votes'),
      tool(b, '100%', 'Community: 9 votes (a share shows from 10)'),
    ],
  };
}

/** Pieces names are made of: words of every script the images draw, and the widest letters. */
const PIECES = [
  ...Object.values(SCRIPT_PAIRS)
    .flat()
    .flatMap((name) => name.split(' ')),
  'हिन्दी',
  'ผู้ช่วย',
  'ሰላም',
  'Привет',
  'Ωμέγα',
  '2.0',
  '(beta)',
  '—',
];

const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.integer({ min: 1, max: NAME_MAX }).map((n) => 'W'.repeat(n)),
  fc.integer({ min: 1, max: NAME_MAX }).map((n) => '界'.repeat(n)),
  fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzMW0123456789-'),
    minLength: 1,
    maxLength: NAME_MAX,
  }),
);

/** Cuts text to at most `max` UTF-16 units (the schema's measure) without splitting a character. */
function cut(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trim();
}

/** A text of pieces joined by spaces or hyphens, valid for `schema` within `max` units. */
function textWithin(max: number, schema: typeof nameSchema): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '-', ''))
    .map(([pieces, joiner]) => cut(pieces.join(joiner), max))
    .filter((text) => schema.safeParse(text).success);
}

/** Any tool name the tool schema accepts, biased towards the hard cases. */
export const toolName = textWithin(NAME_MAX, nameSchema);

/** Any headline the comparison schema accepts. */
export const headline = textWithin(HEADLINE_MAX, headlineSchema);
