/**
 * Short excerpts of long quotes: an email shows the opening, the page has the rest.
 */

/** Whole sentences from the start of `text` up to `max` characters; cut at a word and marked with … otherwise. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^.!?]+(?:[.!?]+["'\u201d\u2019)]*\s*|$)/g) ?? [clean];
  let kept = '';
  for (const sentence of sentences) {
    if ((kept + sentence).trimEnd().length > max) break;
    kept += sentence;
  }
  if (kept.trim()) return `${kept.trim()} …`;
  // The last word boundary that leaves room for the ellipsis.
  const space = clean.lastIndexOf(' ', max - 1);
  const cut = space > 0 ? clean.slice(0, space) : clean.slice(0, max - 1);
  return `${cut.replace(/[\s,;:—-]+$/, '')}…`;
}
