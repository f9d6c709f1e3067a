/**
 * Reading the suggestion index's files in the browser. They come from the site's own origin,
 * but a stale cache, a broken deploy or a proxy can still serve anything: whatever does not
 * have the expected shape is dropped (a row, or the whole file), never shown or followed.
 */
import { SLUG_PATTERN } from '../vocabulary.ts';
import type { CategoryRow, PairBucket, SuggestManifest, ToolRow } from './suggest-index.ts';

/** Longest name shown; a longer one in a file is a broken file. */
const MAX_NAME = 200;

/** File names the manifest may give: the writer's digests only. */
const FILE_NAME = /^[0-9a-f]{16}\.json$/;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000_000;
const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME;
const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_NAME && SLUG_PATTERN.test(value);

function fileMap(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(value)) {
    if (key.length > 8 || typeof name !== 'string' || !FILE_NAME.test(name)) return null;
    out[key] = name;
  }
  return out;
}

function fileList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((name): name is string => typeof name === 'string' && FILE_NAME.test(name))
    ? value
    : null;
}

function categoryRow(value: unknown): CategoryRow | null {
  if (!Array.isArray(value)) return null;
  const [name, slug, tools] = value as unknown[];
  return isName(name) && isSlug(slug) && isCount(tools) ? [name, slug, tools] : null;
}

/** The manifest, or null when it is not one this script understands. */
export function readManifest(value: unknown): SuggestManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (m['v'] !== 1 || !Array.isArray(m['categories'])) return null;
  const parts = fileMap(m['parts']);
  const tops = fileMap(m['tops']);
  const pairs = fileList(m['pairs']);
  // A manifest written before near buckets has none: misspelt first letters then find nothing.
  const near = m['near'] === undefined ? [] : fileList(m['near']);
  if (!parts || !tops || !pairs || !near) return null;
  const categories = (m['categories'] as unknown[]).map(categoryRow);
  if (categories.some((c) => c === null)) return null;
  return { v: 1, categories: categories as CategoryRow[], parts, tops, pairs, near };
}

function toolRow(value: unknown): ToolRow | null {
  if (!Array.isArray(value) || value.length < 6 || value.length > 8) return null;
  const [name, slug, category, ships, total, comparisons, oldNames, discontinued] = value as unknown[];
  if (!isName(name) || !isSlug(slug) || !isCount(category) || !isCount(ships) || !isCount(total)) return null;
  if (ships > total || !isCount(comparisons)) return null;
  const head = [name, slug, category, ships, total, comparisons] as const;
  if (oldNames === undefined) return [...head];
  if (!Array.isArray(oldNames) || !oldNames.every(isName)) return null;
  if (discontinued === undefined) return [...head, oldNames];
  return discontinued === 1 ? [...head, oldNames, 1] : null;
}

/** The well-formed rows of a part; anything else gives none. */
export function readToolRows(value: unknown): ToolRow[] {
  if (!Array.isArray(value)) return [];
  return value.map(toolRow).filter((row): row is ToolRow => row !== null);
}

/** A tool's entries in a pair bucket, or none when the bucket is not one. */
export function readPairs(value: unknown, slug: string): string[] {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, slug)) return [];
  const entries = (value as PairBucket)[slug];
  if (!Array.isArray(entries)) return [];
  return entries.filter(
    (e): e is string => typeof e === 'string' && (e[0] === '+' || e[0] === '-') && isSlug(e.slice(1)),
  );
}

/** The word a query's part is looked up by: its first word that is not a bare number. */
export function keyWord(words: readonly string[]): string | null {
  return words.find((word) => !/^\p{N}+$/u.test(word)) ?? null;
}
