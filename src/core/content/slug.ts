/**
 * Turning a name into the slug an editor most likely means, for file names and suggestions.
 */

// Letters that Unicode decomposition leaves whole but readers spell with plain Latin letters.
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * Slug of a name: accents dropped and letters spelled out (`Café Crème` -> `cafe-creme`,
 * `Straße` -> `strasse`, full-width `ＡＩ` -> `ai`), lowercase words joined by single hyphens.
 * Empty when the name holds no Latin letter or digit.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What a slug is made of, for messages that cannot offer a slug of their own. */
export const SLUG_RULE = "lowercase Latin letters and digits joined by single hyphens, e.g. 'my-tool-2'";
