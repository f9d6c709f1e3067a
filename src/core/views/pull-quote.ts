/**
 * A reviewer's quote cut to one line for the reviewer grid: its first sentence, or its first
 * words when that sentence runs long. The full quote stays on the page a click away.
 */

/** Longest pull quote, in characters, before it is cut at a word. */
const PULL_MAX = 120;
/** A sentence end this early is an abbreviation or a fragment, not the line to pull. */
const PULL_MIN = 24;

/** The first sentence of `text`, cut at a word with an ellipsis past `max` characters. */
export function pullQuote(text: string, max = PULL_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/g;
  let sentence = flat;
  for (let match = end.exec(flat); match; match = end.exec(flat)) {
    if (match.index + 1 >= PULL_MIN) {
      sentence = flat.slice(0, match.index + 1);
      break;
    }
  }
  const chars = [...sentence];
  if (chars.length <= max) return sentence;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.\u2014-]+$/, '')}\u2026`;
}
