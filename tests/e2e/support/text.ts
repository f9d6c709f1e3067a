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
