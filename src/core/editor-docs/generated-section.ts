/**
 * Sections of a document written by a script between two marker comments, so docs that list
 * what the code or the content holds are regenerated instead of edited by hand.
 */

/** The document with the text between `start` and `end` replaced by `text`. */
export function spliceGenerated(document: string, start: string, end: string, text: string): string {
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the markers are missing: add ${start} and ${end}.`);
  return `${document.slice(0, from + start.length)}\n\n${text}\n${document.slice(to)}`;
}
