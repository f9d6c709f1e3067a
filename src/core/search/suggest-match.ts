/**
 * Which suggestions a query gets from the loaded parts of the suggestion index, best first.
 * Each query word must match a word of the tool (or category): the same word, the start of one,
 * or a misspelling of one (one edit from four letters, two from seven, a swap of neighbouring
 * letters counting one). "A vs B" matches each side apart and offers the pair: the editorial
 * comparison when there is one, else the compare-any page. Pure, so the same rules run in the
 * browser, in unit tests and in the quality report.
 */
import { compareAnyPath, editorialPath } from '../views/compare-any.ts';
import { categoryPath, toolPath } from '../views/paths.ts';
import { comparisonSlug } from '../content/content-index.ts';
import { SLUG_PATTERN } from '../vocabulary.ts';
import { boundedDistance } from './edit-distance.ts';
import { toolWords, type CategoryRow, type ToolRow } from './suggest-index.ts';
import { wordsOf, type ParsedQuery } from './text.ts';

/** A panel figure as the box shows it: ships of total calls in the latest round. */
export interface SuggestFigure {
  name: string;
  ships: number;
  total: number;
}

/** One suggestion: where it leads and what the option shows. */
export type Suggestion =
  | {
      kind: 'tool';
      name: string;
      href: string;
      category: string;
      figure: SuggestFigure;
      discontinued: boolean;
    }
  | { kind: 'category'; name: string; href: string; tools: number }
  | {
      kind: 'comparison' | 'compare-any';
      name: string;
      href: string;
      figures: [SuggestFigure, SuggestFigure];
    };

/** What the matcher can see: the categories and the rows of the parts loaded so far. */
export interface SuggestData {
  categories: readonly CategoryRow[];
  tools: readonly ToolRow[];
  /** A tool's published comparisons (from its pair bucket), or undefined when not loaded. */
  pairsOf(slug: string): readonly string[] | undefined;
}

/** Most suggestions shown (the box adds "search all pages" after them). */
const MAX_SUGGESTIONS = 6;

/** Edits a word of this many letters may be away from the word it means. */
export function allowedEdits(length: number): number {
  return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * How well a query word matches a word, lower is better, or null: 0 the same word, 1 the start
 * of it, 2 + edits a misspelling of it, 3 + edits (unfinished last word only) a misspelling of
 * its start.
 */
export function wordMatch(query: string, word: string, unfinished: boolean): number | null {
  if (word === query) return 0;
  if (word.startsWith(query)) return 1;
  const max = allowedEdits(query.length);
  if (max === 0) return null;
  const whole = boundedDistance(query, word, max);
  if (whole <= max) return 2 + whole;
  if (!unfinished) return null;
  let start = max + 1;
  for (const length of [query.length - 1, query.length, query.length + 1]) {
    if (length < 1 || length >= word.length) continue;
    start = Math.min(start, boundedDistance(query, word.slice(0, length), max));
  }
  return start <= max ? 3 + start : null;
}

/**
 * How well query words match a name's words, lower is better, or null when a query word matches
 * none. Matching the whole name, or its start, counts for more than matching words here and there.
 */
export function nameMatch(
  query: readonly string[],
  unfinished: boolean,
  words: readonly string[],
): number | null {
  if (query.length === 0) return null;
  let total = 0;
  for (const [i, q] of query.entries()) {
    const last = unfinished && i === query.length - 1;
    let best: number | null = null;
    for (const word of words) {
      const score = wordMatch(q, word, last);
      if (score !== null && (best === null || score < best)) best = score;
      if (best === 0) break;
    }
    if (best === null) return null;
    total += best;
  }
  const joined = query.join(' ');
  const name = words.join(' ');
  if (name === joined) return total - 2;
  if (name.startsWith(joined)) return total - 1;
  return total;
}

interface Scored<T> {
  item: T;
  score: number;
}

function rank<T>(items: Scored<T>[], tieBreak: (x: T, y: T) => number): T[] {
  return items.sort((x, y) => x.score - y.score || tieBreak(x.item, y.item)).map((s) => s.item);
}

/** Tools most compared first among equals, then by name. */
function byStanding(x: ToolRow, y: ToolRow): number {
  return y[5] - x[5] || x[0].localeCompare(y[0], 'en') || (x[1] < y[1] ? -1 : 1);
}

/** Neighbouring words run together, as readers type some names ("huggingface", "deepresearch"). */
export function joinedPairs(words: readonly string[]): string[] {
  return words.slice(1).map((word, i) => `${words[i] ?? ''}${word}`);
}

/** Tools whose words match the query words, best first, each once. */
export function matchTools(
  tools: readonly ToolRow[],
  query: readonly string[],
  unfinished: boolean,
): ToolRow[] {
  const seen = new Set<string>();
  const scored: Scored<ToolRow>[] = [];
  for (const row of tools) {
    if (seen.has(row[1]) || !SLUG_PATTERN.test(row[1])) continue;
    seen.add(row[1]);
    // The name's own words first, so a match on the name beats the same match on an old name.
    const name = wordsOf(row[0]);
    const own = nameMatch(query, unfinished, name);
    const any = own ?? nameMatch(query, unfinished, [...toolWords(row), ...joinedPairs(name)]);
    if (any !== null) scored.push({ item: row, score: own ?? any + 0.5 });
  }
  return rank(scored, byStanding);
}

function figure(row: ToolRow): SuggestFigure {
  return { name: row[0], ships: row[3], total: row[4] };
}

function toolSuggestion(row: ToolRow, categories: readonly CategoryRow[]): Suggestion {
  return {
    kind: 'tool',
    name: row[0],
    href: toolPath(row[1]),
    category: categories[row[2]]?.[0] ?? '',
    figure: figure(row),
    discontinued: row[7] === 1,
  };
}

/** The slugs of the comparisons a pair bucket lists for `slug`. */
function publishedWith(slug: string, entries: readonly string[]): Set<string> {
  const published = new Set<string>();
  for (const entry of entries) {
    const other = entry.slice(1);
    if (entry.startsWith('+')) published.add(comparisonSlug(slug, other));
    else if (entry.startsWith('-')) published.add(comparisonSlug(other, slug));
  }
  return published;
}

/** "A vs B": the best tools for each side, paired; editorial comparisons first. */
function matchPairs(
  data: SuggestData,
  a: readonly string[],
  b: readonly string[],
  unfinished: boolean,
): Suggestion[] {
  const left = matchTools(data.tools, a, false).slice(0, 2);
  const right = matchTools(data.tools, b, unfinished).slice(0, 4);
  const editorial: Suggestion[] = [];
  const other: Suggestion[] = [];
  for (const x of left) {
    const published = publishedWith(x[1], data.pairsOf(x[1]) ?? []);
    for (const y of right) {
      if (x[1] === y[1]) continue;
      const path = editorialPath(published, x[1], y[1]);
      const name = `${x[0]} vs ${y[0]}`;
      const figures: [SuggestFigure, SuggestFigure] = [figure(x), figure(y)];
      if (path) editorial.push({ kind: 'comparison', name, href: path, figures });
      else other.push({ kind: 'compare-any', name, href: compareAnyPath(x[1], y[1]), figures });
    }
  }
  return [...editorial, ...other];
}

/** Categories whose name matches the query words, best first. */
function matchCategories(categories: readonly CategoryRow[], query: readonly string[], unfinished: boolean) {
  const scored: Scored<CategoryRow>[] = [];
  for (const row of categories) {
    if (!SLUG_PATTERN.test(row[1])) continue;
    const score = nameMatch(query, unfinished, wordsOf(row[0]));
    if (score !== null) scored.push({ item: row, score });
  }
  return rank(scored, (x, y) => x[0].localeCompare(y[0], 'en'));
}

/** The suggestions for a query, best first, at most `limit`. */
export function suggest(data: SuggestData, query: ParsedQuery, limit = MAX_SUGGESTIONS): Suggestion[] {
  if (query.words.length === 0) return [];
  const out: Suggestion[] = [];
  if (query.versus) {
    const { a, b } = query.versus;
    if (b.length > 0) out.push(...matchPairs(data, a, b, query.partial));
    out.push(
      ...matchTools(data.tools, a, false)
        .slice(0, 1)
        .map((row) => toolSuggestion(row, data.categories)),
    );
  } else {
    const categories = matchCategories(data.categories, query.words, query.partial).map(
      (row): Suggestion => ({ kind: 'category', name: row[0], href: categoryPath(row[1]), tools: row[2] }),
    );
    const tools = matchTools(data.tools, query.words, query.partial).map((row) =>
      toolSuggestion(row, data.categories),
    );
    // A category named exactly so leads; otherwise tools come first and categories follow.
    const exact = categories.filter((c) => wordsOf(c.name).join(' ') === query.words.join(' '));
    out.push(...exact, ...tools, ...categories.filter((c) => !exact.includes(c)));
  }
  return out.slice(0, limit);
}
