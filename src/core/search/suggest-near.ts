/**
 * Keys of the suggestion index's "near" buckets, which find a name whose first letters were
 * mistyped ("serplexity", "xursor", "erplexity", "eprplexity"). The parts are keyed by a word's
 * first letters, so such a word misses its part; a near key skips them instead.
 *
 * A query word is looked up by its third and fourth letters. A word is filed under every pair
 * those two letters can be after one edit among its first two letters:
 *
 * - a wrong first or second letter, or the two swapped: letters 3-4 of the word;
 * - one of them left out: letters 4-5;
 * - a letter added before the second or third: letters 2-3;
 * - the second and third swapped: letters 2 and 4.
 *
 * An edit from the third letter on leaves the first two letters right, so the word's part finds it
 * (while that part is keyed by at most the word's first two letters).
 */

/** Letters a query word needs before it has a near key; a shorter word is allowed no edit. */
const NEAR_MIN_LETTERS = 4;

/** The near key a query word is looked up by, or null when it is too short to have one. */
export function nearKey(word: string): string | null {
  const letters = [...word];
  return letters.length < NEAR_MIN_LETTERS ? null : letters.slice(2, 4).join('');
}

/** Every near key a word of a name is filed under. */
export function nearKeys(word: string): string[] {
  const letters = [...word];
  const keys = [
    letters.slice(2, 4),
    letters.slice(3, 5),
    letters.slice(1, 3),
    [letters[1], letters[3]].filter((letter) => letter !== undefined),
  ];
  return [...new Set(keys.filter((key) => key.length === 2).map((key) => key.join('')))];
}
