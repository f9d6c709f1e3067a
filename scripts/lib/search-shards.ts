/**
 * How the search index is split into Pagefind bundles. Pagefind keeps every
 * page it indexes in memory until it writes the index (about 6.8 GB for
 * 20,000 pages of 8,000 characters), so a large site is indexed in shards of
 * at most `maxPages` pages, one Pagefind process each, and the search page
 * merges the bundles in the browser (Pagefind's `mergeIndex`).
 */

/** Pages per bundle unless SEARCH_SHARD_PAGES says otherwise; keeps one Pagefind run near 1 GB. */
export const DEFAULT_SHARD_PAGES = 2500;

/** One Pagefind bundle: its directory under the site root and the pages it indexes. */
export interface SearchShard {
  /** Site-relative directory, also the bundle's URL path without slashes, e.g. `pagefind/part-2`. */
  dir: string;
  /** Site-relative paths of the HTML files, sorted. */
  files: string[];
}

/** The manifest the search page reads: bundle URL paths, primary first. */
export interface BundlesManifest {
  bundles: string[];
}

/**
 * Splits sorted page paths into as few shards as `maxPages` allows, dealing
 * them out in turn so every shard holds a similar mix of page kinds: Pagefind
 * ranks each bundle with its own statistics, and alike shards rank alike.
 */
export function planShards(files: readonly string[], maxPages: number): SearchShard[] {
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new RangeError(`maxPages must be a positive integer, got ${maxPages}`);
  const sorted = [...files].sort();
  const count = Math.max(1, Math.ceil(sorted.length / maxPages));
  const shards: SearchShard[] = Array.from({ length: count }, (_, k) => ({
    dir: k === 0 ? 'pagefind' : `pagefind/part-${k + 1}`,
    files: [],
  }));
  sorted.forEach((file, i) => shards[i % count]?.files.push(file));
  return shards;
}

/** The manifest listing every shard's bundle URL. */
export function bundlesManifest(shards: readonly SearchShard[]): BundlesManifest {
  return { bundles: shards.map((s) => `/${s.dir}/`) };
}

/** Reads SEARCH_SHARD_PAGES, falling back to the default; rejects anything but a positive integer. */
export function shardPagesFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SHARD_PAGES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`SEARCH_SHARD_PAGES must be a positive integer, got "${value}"`);
  return n;
}
