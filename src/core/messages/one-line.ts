/**
 * Makes any text safe to print as part of one line of terminal or CI output. Content comes from
 * strangers: a newline in a field value must never start a line a CI runner acts on
 * (`::error …`, `::stop-commands::`), and an invisible character must never hide what a message says.
 */

// Line breaks (LF, CR, NEL, U+2028/2029), every other control character, format characters
// (bidi overrides and isolates, zero-width spaces and joiners, BOM) and lone surrogates.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Longest message printed; longer ones are cut with `…` so no input can flood the output. */
const MAX_PRINTED_CHARS = 2000;

/** The text with every line break, control, bidi and invisible character written as an escape (`\n`, `\u202E`). */
function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => NAMED[char] ?? `\\u${hex(char)}`);
}

/** `escapeUnprintable`, then cut to `max` characters: always exactly one printable line. */
export function oneLine(text: string, max = MAX_PRINTED_CHARS): string {
  return cut(escapeUnprintable(text), max);
}

/** Unicode code point of a one-character string as 4+ uppercase hex digits (`202E`, `1F600`). */
export function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** A content value quoted in a message: escaped, and cut to `max` characters so a 5 MB value stays a short line. */
export function shown(value: unknown, max = 80): string {
  return cut(escapeUnprintable(String(value)), max);
}

// Cuts on a code point boundary, so a cut never leaves half of an emoji behind.
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
