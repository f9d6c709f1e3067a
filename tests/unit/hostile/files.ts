/**
 * Content files for hostile cases, written the way an editor would, with one part changed.
 */

/** Fields as written in YAML (value text exactly as typed); null leaves a field out. */
export type Fields = Record<string, string | null>;

const GAMMA: Fields = {
  name: 'Gamma',
  category: 'Writing',
  tagline: 'Third tool',
  entryPrice: 'Free',
  pricingNote: 'Free.',
  vendor: 'Gamma Co',
  website: 'https://gamma.example.com/',
  license: 'MIT',
  verified: '2026-01-20',
};

/** A Markdown file: the fields between `---` fences, then the body. */
export function md(fields: Fields, body: string): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

/** `tools/gamma.md`: a valid third tool (no comparison uses it), with fields changed. */
export function gamma(changes: Fields = {}, body = 'Gamma writes.'): string {
  return md({ ...GAMMA, ...changes }, body);
}

/** A verdict of ann on alpha-ai in round 2026-01-10 (its place in the fixture), changed. */
export function annOnAlpha(changes: Fields = {}, body = 'ann on alpha-ai: worth a look.'): string {
  return md({ tool: 'alpha-ai', reviewer: 'ann', round: '2026-01-10', verdict: 'ship', ...changes }, body);
}

/** The reviewer ann, changed. */
export function ann(changes: Fields = {}, body = 'Ann tries everything.'): string {
  return md(
    {
      name: 'The Tester',
      motto: 'Try it first.',
      lens: 'Developer experience',
      order: '1',
      excitedBy: '[Fast starts]',
      tiredOf: '[Slow starts]',
      ...changes,
    },
    body,
  );
}

/** The comparison alpha-ai-vs-beta-bot, changed. */
export function alphaVsBeta(changes: Fields = {}, body = ''): string {
  return md({ tools: '[alpha-ai, beta-bot]', published: '2026-01-12', ...changes }, body);
}

/** A round file for alpha-ai's round 2026-01-10. */
export function alphaRound(body: string): string {
  return md({ tool: 'alpha-ai', date: '2026-01-10' }, body);
}

/** Paths of the fixture files cases change most. */
export const PATHS = {
  gamma: 'tools/gamma.md',
  annOnAlpha: 'verdicts/alpha-ai/2026-01-10/ann.md',
  ann: 'reviewers/ann.md',
  comparison: 'comparisons/alpha-ai-vs-beta-bot.md',
  votes: 'votes/alpha-ai-vs-beta-bot.yaml',
  alphaRound: 'rounds/alpha-ai/2026-01-10.md',
} as const;

/** UTF-16 bytes of a text, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

/** The bytes of a text with some bytes spliced in at the first occurrence of `marker`. */
export function withBytes(text: string, marker: string, bytes: number[]): Uint8Array {
  const [before, after] = text.split(marker) as [string, string];
  const encoder = new TextEncoder();
  return new Uint8Array([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
}
