/**
 * How suggestion text is compared: names and queries are folded the same way (accents dropped,
 * case folded, anything but letters and digits a word break), so "Café-Bot 2", "cafe bot 2" and
 * "CAFÉ BOT 2" are the same words. Shared by the build (what the index holds) and the browser
 * (what the reader typed).
 */

/** Longest word kept; a longer run of letters is cut, so a crafted query stays cheap to compare. */
export const MAX_WORD_LENGTH = 40;

/** Most query words matched; the rest are ignored. */
export const MAX_QUERY_WORDS = 8;

/** The text folded: NFKD without marks, lower case, runs of other characters as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text, each at most MAX_WORD_LENGTH characters. */
export function wordsOf(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ').map((word) => [...word].slice(0, MAX_WORD_LENGTH).join(''));
}

/** Words that say "compare these two" between two names. */
const VERSUS = new Set(['vs', 'versus']);

/** A query read as words, and as two sides when it says "A vs B". */
export interface ParsedQuery {
  /** Folded words, at most MAX_QUERY_WORDS. */
  words: string[];
  /** True when the last word may be unfinished (the text does not end with a space). */
  partial: boolean;
  /** "A vs B": the words before and after; B may be empty while the reader is still typing. */
  versus: { a: string[]; b: string[] } | null;
}

/** Reads what the reader typed. */
export function parseQuery(text: string): ParsedQuery {
  const words = wordsOf(text).slice(0, MAX_QUERY_WORDS);
  const partial = words.length > 0 && !/[\s\p{P}]$/u.test(text);
  const at = words.findIndex((word) => VERSUS.has(word));
  const versus = at > 0 ? { a: words.slice(0, at), b: words.slice(at + 1) } : null;
  return { words, partial, versus };
}
