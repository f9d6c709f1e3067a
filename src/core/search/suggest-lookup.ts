/**
 * Answers a query from the suggestion index's files: the manifest, the part of the query's
 * first word (and, for "A vs B", of B's); a near bucket for a first word that starts no word of
 * what loaded (its first letters may be mistyped); then the pair buckets of the best matches for A.
 * How a file is fetched is passed in (the browser fetches and keeps them; tests and the quality
 * report read them from disk), so every reader of the index follows the same steps.
 */
import {
  nearBucketOf,
  partFor,
  pairBucketOf,
  toolWords,
  type SuggestManifest,
  type ToolRow,
} from './suggest-index.ts';
import { joinedPairs, matchTools, suggest, type Suggestion } from './suggest-match.ts';
import { nearKey } from './suggest-near.ts';
import { keyWord, readManifest, readPairs, readToolRows } from './suggest-read.ts';
import { wordsOf, type ParsedQuery } from './text.ts';

/** Where the index's files come from; a file that fails to load may resolve to null. */
export interface SuggestFiles {
  manifest(): Promise<unknown>;
  file(name: string): Promise<unknown>;
}

/** How many of A's best matches have their comparisons looked up. */
const PAIRED_MATCHES = 2;

/** The first word of each side of a query, the word its part is looked up by. */
function keyWords(query: ParsedQuery): string[] {
  const sides = query.versus ? [query.versus.a, query.versus.b] : [query.words];
  return sides.map((words) => keyWord(words)).filter((word): word is string => word !== null);
}

/** The file names a query needs before anything can be matched: the part of each side's first word. */
function partsFor(manifest: SuggestManifest, query: ParsedQuery): string[] {
  const names = keyWords(query)
    .map((word) => partFor(manifest, word))
    .filter((name): name is string => name !== null);
  return [...new Set(names)];
}

/** Whether a word starts a word of a loaded tool or of a category: then its first letters are right. */
function startsAWord(word: string, tools: readonly ToolRow[], manifest: SuggestManifest): boolean {
  const starts = (words: readonly string[]) => words.some((w) => w.startsWith(word));
  return (
    tools.some((row) => starts(toolWords(row)) || starts(joinedPairs(wordsOf(row[0])))) ||
    manifest.categories.some((row) => starts(wordsOf(row[0])))
  );
}

/** The near buckets for the sides whose first word starts no word of what loaded. */
function nearFor(manifest: SuggestManifest, query: ParsedQuery, tools: readonly ToolRow[]): string[] {
  if (manifest.near.length === 0) return [];
  const names = keyWords(query)
    .filter((word) => !startsAWord(word, tools, manifest))
    .map((word) => nearKey(word))
    .map((key) => (key === null ? undefined : manifest.near[nearBucketOf(key, manifest.near.length)]))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}

/** A lookup over one copy of the index's files. */
export function suggestLookup(files: SuggestFiles): (query: ParsedQuery) => Promise<Suggestion[]> {
  return async (query) => {
    if (query.words.length === 0) return [];
    const manifest = readManifest(await files.manifest());
    if (!manifest) return [];
    const parts = await Promise.all(partsFor(manifest, query).map((name) => files.file(name)));
    const loaded = parts.flatMap(readToolRows);
    const near = await Promise.all(nearFor(manifest, query, loaded).map((name) => files.file(name)));
    const tools = [...loaded, ...near.flatMap(readToolRows)];
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
