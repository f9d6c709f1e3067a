/**
 * How names and websites are compared for duplicates.
 */

/** Name as compared for duplicates: case and spacing do not make a different tool. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Website as compared for duplicates: scheme, `www.`, case and trailing slash do not count. */
export function normalizeWebsite(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
