/**
 * Field types shared by several content schemas.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from '../vocabulary.ts';

/** A lowercase, hyphenated identifier used in URLs and references. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN)
  .describe('Lowercase letters and digits in words joined by single hyphens, e.g. `smolvlm2-2b`.');

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date().describe('A calendar date written as YYYY-MM-DD.');

/** Schemes a link in content may use; anything else (javascript:, data:, http:) is rejected. */
const ALLOWED_URL_PROTOCOL = 'https:';

/** An absolute https:// URL. */
export const httpsUrlSchema = z
  .string()
  .refine(isHttpsUrl, { error: 'must be an absolute https:// URL, e.g. https://example.com/' })
  .describe('An absolute https:// URL.');

/** True for a parseable absolute URL with the https scheme and a host. */
function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === ALLOWED_URL_PROTOCOL && url.hostname.length > 0;
}

/** Old slugs that keep redirecting to the new one after a rename. */
export const aliasesSchema = z
  .array(slugSchema)
  .default([])
  .describe('Old slugs that still redirect here after a rename, so shared links keep working.');

/** One line of plain text: no line breaks, no surrounding whitespace. */
export function lineSchema(description: string, max = 200) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/)
    .describe(description);
}
