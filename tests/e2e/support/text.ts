/** Text comparison that ignores typography the page is free to choose. */

/**
 * Straightens curly quotes and apostrophes, collapses whitespace, and drops the
 * quote marks around a whole quotation (pages may draw those with CSS).
 */
export function normalizeText(text: string): string {
  const straight = text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  const unwrapped = /^"[\s\S]*"$/.test(straight) ? straight.slice(1, -1).trim() : straight;
  return unwrapped;
}

/** A RegExp matching `token` as a whole word-ish token, e.g. "75%" but not "175%". */
export function tokenPattern(token: string): RegExp {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)${escaped}(\\s|$)`);
}
