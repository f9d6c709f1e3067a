/**
 * A shortcut for the commonest body: paragraphs of plain prose with no Markdown syntax at all.
 * For such text the full pipeline's output is known in advance (`<p>` per paragraph, text
 * unchanged), so it is produced directly. Anything that could be Markdown returns null and
 * takes the full pipeline; a differential test holds the two outputs equal.
 */
import type { RenderedMarkdown } from './markdown.ts';

// Characters that open inline or block syntax, character references or raw HTML anywhere in a line.
const SYNTAX_CHARS = /[\\`*_[\]<>#|~!&\x00-\x09\x0b-\x1f\x7f]/;
// GFM turns bare URLs and e-mail addresses into links.
const AUTOLINK_HINTS = /www\.|https?:|mailto:|xmpp:|@/i;
// Line starts that open lists, thematic breaks, setext underlines or ordered lists; edge whitespace
// (indented code, hard breaks) also leaves the shortcut.
const BLOCK_START = /^(?:[-+=]|\d+[.)]|\s)|\s$/;

/** Rendered output of plain prose, or null when the text may contain Markdown. */
export function renderPlainProse(markdown: string): RenderedMarkdown | null {
  if (SYNTAX_CHARS.test(markdown) || AUTOLINK_HINTS.test(markdown)) return null;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line === '') {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
      continue;
    }
    if (BLOCK_START.test(line)) return null;
    current.push(line);
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return {
    html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    text: paragraphs.join(' ').replace(/\s+/g, ' ').trim(),
  };
}
