/**
 * Typographic quote marks around a reviewer's quote. The marks belong to the
 * text (they survive copy, reader mode and text extraction), so they are added
 * to the sanitized HTML rather than drawn with CSS.
 */

const OPEN = '\u201c';
const CLOSE = '\u201d';

/** Quote HTML with an opening mark inside the first paragraph and a closing mark inside the last. */
export function withQuoteMarks(html: string): string {
  const trimmed = html.trim();
  if (trimmed === '') return trimmed;
  const opened = trimmed.startsWith('<p>') ? `<p>${OPEN}${trimmed.slice(3)}` : `${OPEN}${trimmed}`;
  return opened.endsWith('</p>') ? `${opened.slice(0, -4)}${CLOSE}</p>` : `${opened}${CLOSE}`;
}
