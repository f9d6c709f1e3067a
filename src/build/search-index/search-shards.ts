/**
 * How the search index is split into Pagefind bundles. Pagefind keeps every
 * page it indexes in memory until it writes the index, so a large site is indexed in shards of
 * at most `maxPages` pages, one Pagefind process each, and the search page
 * merges the bundles in the browser (Pagefind's `mergeIndex`).
 */

/**
 * Pages per bundle unless SEARCH_SHARD_PAGES says otherwise. Every bundle costs the first search
 * its own entry file, metadata and index chunks, so bundles are as large as one Pagefind run's
 * memory allows (docs/performance.md has the figures).
 */
export const DEFAULT_SHARD_PAGES = 5000;

/**
 * Word locations per index chunk unless SEARCH_CHUNK_SIZE says otherwise (Pagefind's own default
 * is 20,000). A search loads the whole chunk that holds each of its words, so smaller chunks
 * mean fewer bytes per query; each chunk adds a line to the bundle's metadata, so not too small.
 * At 20,000 comparisons a two-word query loaded 339 KB of chunks at 20,000 and 69 KB at 4,000.
 */
export const DEFAULT_CHUNK_SIZE = 4000;

/** One Pagefind bundle: its directory under the site root and the pages it indexes. */
export interface SearchShard {
  /** Site-relative directory, also the bundle's URL path without slashes, e.g. `pagefind/part-2`. */
  dir: string;
  /** Site-relative paths of the HTML files, sorted. */
  files: string[];
}

/** The manifest the search page reads: bundle URL paths, primary first, and the index's version. */
export interface BundlesManifest {
  bundles: string[];
  /**
   * Changes whenever any bundle does; the search page gives it to Pagefind as `metaCacheTag`, so a
   * returning reader's browser keeps each bundle's entry file until the index changes (without it
   * Pagefind asks for the entry file afresh on every visit).
   */
  tag: string;
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

/** The manifest listing every shard's bundle URL, with the index's version `tag`. */
export function bundlesManifest(shards: readonly SearchShard[], tag: string): BundlesManifest {
  return { bundles: shards.map((s) => `/${s.dir}/`), tag };
}

/** A positive integer from the environment variable `name`, or `fallback` when it is unset. */
function positiveIntFromEnv(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

/** Reads SEARCH_SHARD_PAGES, falling back to the default; rejects anything but a positive integer. */
export function shardPagesFromEnv(value: string | undefined): number {
  return positiveIntFromEnv('SEARCH_SHARD_PAGES', value, DEFAULT_SHARD_PAGES);
}

/** Reads SEARCH_CHUNK_SIZE, falling back to the default; rejects anything but a positive integer. */
export function chunkSizeFromEnv(value: string | undefined): number {
  return positiveIntFromEnv('SEARCH_CHUNK_SIZE', value, DEFAULT_CHUNK_SIZE);
}
