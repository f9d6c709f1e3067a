/**
 * Field types shared by several content schemas.
 */
import { z } from 'zod';
import { MAX_COMPARISON_SLUG_CHARS, MAX_SLUG_CHARS, MAX_URL_CHARS } from '../limits.ts';
import { hex } from '../messages/one-line.ts';
import { SLUG_PATTERN } from '../vocabulary.ts';

/** A lowercase, hyphenated identifier used in URLs and references. */
export const slugSchema = z
  .string()
  .max(MAX_SLUG_CHARS)
  .regex(SLUG_PATTERN)
  .describe('Lowercase letters and digits in words joined by single hyphens, e.g. `smolvlm2-2b`.')
  .meta({ examples: ['smolvlm2-2b'] });

/** A comparison's slug: its two tools' slugs joined by `-vs-`, so up to twice as long as one. */
export const comparisonSlugSchema = z
  .string()
  .max(MAX_COMPARISON_SLUG_CHARS)
  .regex(SLUG_PATTERN)
  .describe('Two tool slugs joined by `-vs-`, e.g. `smolvlm2-2b-vs-perplexity-sonar-pro-2-api`.')
  .meta({ examples: ['smolvlm2-2b-vs-perplexity-sonar-pro-2-api'] });

/**
 * A YAML mapping keyed by slugs (tool or reviewer), read into a Map: a slug such as `constructor`
 * or `to-string` is then an ordinary key, never something inherited from Object.prototype.
 * (`__proto__` cannot be a slug; the loader reports it before the schema would skip it.)
 */
export function slugMapSchema<V extends z.ZodType>(value: V, examples?: Record<string, z.input<V>>[]) {
  const record = z.record(slugSchema, value);
  // Examples describe what is written, so they go on the record, the side editors' schemas show.
  return (examples ? record.meta({ examples }) : record).transform((read) => new Map(Object.entries(read)));
}

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso
  .date()
  .describe('A calendar date written as YYYY-MM-DD.')
  .meta({ examples: ['2026-06-02'] });

/** Schemes a link in content may use; anything else (javascript:, data:, http:) is rejected. */
const ALLOWED_URL_PROTOCOL = 'https:';

/** An absolute https:// URL. */
export const httpsUrlSchema = z
  .string()
  .max(MAX_URL_CHARS)
  .refine((value) => !/[\s\p{C}]/u.test(value), {
    error: 'must not hold spaces, line breaks or control characters: write the URL as one unbroken line.',
    abort: true,
  })
  .refine(isHttpsUrl, { error: 'must be an absolute https:// URL, e.g. https://example.com/' })
  .describe('An absolute https:// URL.')
  .meta({ format: 'uri', examples: ['https://example.com/'] });

/** True for a parseable absolute URL with the https scheme and a host. */
function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === ALLOWED_URL_PROTOCOL && url.hostname.length > 0;
}

/** Old slugs that keep redirecting to the new one after a rename (of a tool, or of a comparison). */
export function aliasesSchema(slug: typeof slugSchema | typeof comparisonSlugSchema) {
  return z
    .array(slug)
    .default([])
    .describe('Old slugs that still redirect here after a rename, so shared links keep working.')
    .meta({ examples: [['old-slug']] });
}

// Line breaks of every kind, control characters (tab included) and the invisible characters that
// reorder text (bidi embeddings, overrides, isolates and marks): in a heading or a social image
// they break the line, draw a "missing glyph" box or make the text read differently than it is stored.
const NOT_ONE_LINE = /[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const CHARACTER_NAMES: Record<string, string> = {
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\t': 'a tab',
  '\u0085': 'a next-line character',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
};

/** Why a value cannot be one line of text, or null when it can. */
function oneLineProblem(value: string): string | null {
  const match = NOT_ONE_LINE.exec(value);
  if (!match) return null;
  const char = match[0];
  const name =
    CHARACTER_NAMES[char] ?? (/\p{Cc}/u.test(char) ? 'a control character' : 'a bidi control character');
  const position = [...value.slice(0, match.index)].length + 1;
  return `holds ${name} (U+${hex(char)}) at character ${position}: a one-line field takes no line breaks, control or bidi characters; delete it.`;
}

/** One line of plain text: no line breaks or invisible controls, no surrounding whitespace. */
export function lineSchema(description: string, max: number, example: string) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => oneLineProblem(value) === null, {
      error: (issue) => oneLineProblem(String(issue.input)) ?? 'must be one line of text.',
    })
    .describe(description)
    .meta({ examples: [example] });
}
