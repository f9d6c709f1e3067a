/**
 * Answers a query from the suggestion index's files: the manifest, the part of the query's
 * first word (and, for "A vs B", of B's), then the pair buckets of the best matches for A.
 * How a file is fetched is passed in (the browser fetches and keeps them; tests and the quality
 * report read them from disk), so every reader of the index follows the same steps.
 */
import { partFor, pairBucketOf, type SuggestManifest } from './suggest-index.ts';
import { matchTools, suggest, type Suggestion } from './suggest-match.ts';
import { keyWord, readManifest, readPairs, readToolRows } from './suggest-read.ts';
import type { ParsedQuery } from './text.ts';

/** Where the index's files come from; a file that fails to load may resolve to null. */
export interface SuggestFiles {
  manifest(): Promise<unknown>;
  file(name: string): Promise<unknown>;
}

/** How many of A's best matches have their comparisons looked up. */
const PAIRED_MATCHES = 2;

/** The file names a query needs before anything can be matched: the part of each side's first word. */
function partsFor(manifest: SuggestManifest, query: ParsedQuery): string[] {
  const sides = query.versus ? [query.versus.a, query.versus.b] : [query.words];
  const names = sides
    .map((words) => keyWord(words))
    .map((word) => (word === null ? null : partFor(manifest, word)))
    .filter((name): name is string => name !== null);
  return [...new Set(names)];
}

/** A lookup over one copy of the index's files. */
export function suggestLookup(files: SuggestFiles): (query: ParsedQuery) => Promise<Suggestion[]> {
  return async (query) => {
    if (query.words.length === 0) return [];
    const manifest = readManifest(await files.manifest());
    if (!manifest) return [];
    const parts = await Promise.all(partsFor(manifest, query).map((name) => files.file(name)));
    const tools = parts.flatMap(readToolRows);
    const pairs = new Map<string, string[]>();
    if (query.versus && query.versus.b.length > 0 && manifest.pairs.length > 0) {
      const left = matchTools(tools, query.versus.a, false).slice(0, PAIRED_MATCHES);
      await Promise.all(
        left.map(async ([, slug]) => {
          const name = manifest.pairs[pairBucketOf(slug, manifest.pairs.length)];
          pairs.set(slug, name ? readPairs(await files.file(name), slug) : []);
        }),
      );
    }
    return suggest({ categories: manifest.categories, tools, pairsOf: (slug) => pairs.get(slug) }, query);
  };
}
