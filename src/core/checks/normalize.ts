/**
 * How names and websites are compared for duplicates: two spellings a reader cannot tell apart
 * (or a browser treats as one site) are the same tool.
 */

// Cyrillic and Greek letters drawn like Latin ones (a small part of Unicode's confusables list),
// in both cases, so 'Аlpha' with a Cyrillic А reads as 'Alpha' before case is folded.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  Һ: 'H',
  Ӏ: 'I',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ү: 'y',
  ɡ: 'g',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  α: 'a',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');
// Hyphens, dashes and minus signs all read as '-'.
const DASHES = /[\p{Pd}\u2212\u2043\uFE63\uFF0D]/gu;
// Zero-width spaces and joiners, soft hyphens, variation selectors: characters nobody sees.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const IS_INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Name as compared for duplicates: compatibility forms (full-width letters, ligatures) unfolded
 * (NFKC), invisible characters removed, look-alike letters and dashes replaced, case folded and
 * spacing collapsed.
 */
export function normalizeName(name: string): string {
  return skeleton(name).toUpperCase().toLowerCase().replace(/\s+/g, ' ').trim();
}

// The text as a reader sees it, case aside: each look-alike written as the letter it looks like.
function skeleton(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter] ?? letter)
    .replace(DASHES, '-');
}

/**
 * Website as compared for duplicates: the site a browser would open, so scheme, default port,
 * `www.`, a trailing dot, user info, query, fragment, `index.html`, case, escaped plain
 * characters and trailing slashes do not make a different website.
 */
export function normalizeWebsite(website: string): string {
  let url: URL;
  try {
    url = new URL(website.trim());
  } catch {
    return website.trim().toLowerCase();
  }
  const host = url.hostname.replace(/\.+$/, '').replace(/^www\./, '');
  const defaultPort = url.port === '' || url.port === (url.protocol === 'http:' ? '80' : '443');
  const path = url.pathname
    .replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
      const character = String.fromCharCode(parseInt(hex, 16));
      return /[A-Za-z0-9\-._~]/.test(character) ? character : escape.toUpperCase();
    })
    .replace(/\/index\.html?$/i, '/')
    .replace(/\/+$/, '')
    .toLowerCase();
  return `${host}${defaultPort ? '' : `:${url.port}`}${path}`;
}

/**
 * Why two names that print differently count as one, for the duplicate message: the first
 * character either name holds that a reader would not tell apart from another. Empty when
 * they differ only in case or spacing.
 */
export function lookAlikeNote(...names: string[]): string {
  for (const name of names) {
    for (const character of name) {
      const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      if (IS_INVISIBLE.test(character))
        return ` Names are compared as readers see them: ${code} is invisible.`;
      const seen = skeleton(character);
      if (/\s/.test(character) || seen === character) continue;
      return ` Names are compared as readers see them: '${character}' (${code}) reads as '${seen}'.`;
    }
  }
  return '';
}
