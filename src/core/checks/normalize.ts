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
// Latin letters and digits many fonts draw alike: capital I, small l, the digit 1 and the bar; the
// digit 0 and capital O; 'rn' and 'm'; 'vv' and 'w'. Case matters here: 'I' looks like 'l', 'L' does not.
const LATIN_LOOK_ALIKES: readonly (readonly [RegExp, string])[] = [
  [/[I1|]/g, 'l'],
  [/0/g, 'O'],
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];
// Hyphens, dashes and minus signs all read as '-'.
const DASHES = /[\p{Pd}\u2212\u2043\uFE63\uFF0D]/gu;
// Zero-width spaces and joiners, soft hyphens, variation selectors: characters nobody sees.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const IS_INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * The keys a name is compared by for duplicates; two names sharing any key are one name. Both
 * start from the name as a reader sees it: compatibility forms (full-width letters, ligatures)
 * unfolded (NFKC), invisible characters removed, Cyrillic and Greek look-alikes and dashes
 * replaced, spacing collapsed. Then one key folds case ('Alpha', 'ALPHA'); the other keeps case
 * and reads Latin look-alikes as one letter ('SmoIVLM' with a capital I, '0penAI', 'rnistral').
 * One key holding both would make 'IBM' and 'LBM' one name, through 'lBM'.
 */
export function nameKeys(name: string): [caseless: string, lookAlike: string] {
  const seen = readerForm(name);
  const lookAlike = LATIN_LOOK_ALIKES.reduce(
    (text, [pattern, letter]) => text.replace(pattern, letter),
    seen,
  );
  return [`case:${collapse(seen.toUpperCase().toLowerCase())}`, `look:${collapse(lookAlike)}`];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The text as a reader sees it, case aside: each non-Latin look-alike written as the letter it looks like.
function readerForm(text: string): string {
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
 * Why two names that print differently count as one, for the duplicate message: the look-alike
 * where they first part ways. Empty when they differ only in case or spacing.
 */
export function lookAlikeNote(name: string, other: string): string {
  const a = [...name];
  const b = [...other];
  let at = 0;
  while (at < a.length && at < b.length && sameLetter(a[at] ?? '', b[at] ?? '')) at++;
  for (const [text, i] of [
    [a, at],
    [b, at],
  ] as const) {
    const note = lookAlikeAt(text, i);
    if (note) return ` Names are compared as readers see them: ${note}.`;
  }
  return '';
}

function sameLetter(x: string, y: string): boolean {
  return x === y || x.toUpperCase().toLowerCase() === y.toUpperCase().toLowerCase();
}

// What the characters at `i` are read as, when they are a look-alike: "'I' (U+0049) reads as 'l'".
function lookAlikeAt(text: readonly string[], i: number): string | null {
  const character = text[i];
  if (character === undefined) return null;
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (IS_INVISIBLE.test(character)) return `${code} is invisible`;
  const pair = `${character}${text[i + 1] ?? ''}`;
  if (pair === 'rn' || pair === 'vv') return `'${pair}' reads as '${pair === 'rn' ? 'm' : 'w'}'`;
  // A letter from another script or a compatibility form reads as its Latin letter first ('１' as '1').
  const seen = readerForm(character);
  const latin = LATIN_LOOK_ALIKES.find(([pattern]) => new RegExp(pattern.source).test(character));
  const reads = seen !== character ? seen : (latin?.[1] ?? character);
  if (/\s/.test(character) || reads === character) return null;
  return `'${character}' (${code}) reads as '${reads}'`;
}
