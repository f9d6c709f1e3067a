/**
 * The suggestion index: what the search box suggests as the reader types (tools by name or old
 * name, categories, "A vs B"), built with the site as small static files so the first
 * suggestion needs one small download, whatever the number of tools.
 *
 * - The **manifest** (`/suggest/index.json`) holds the categories and says which file holds
 *   which first letters.
 * - **Parts** hold tool rows. A tool is in the part of the first letter of each word of its name
 *   and old names, so "sonar" finds "Perplexity Sonar Pro". A letter whose tools would not fit
 *   one part is split by its next letter, and so on; the split letter keeps a small part of its
 *   own with the tools most compared, for a query of that one letter.
 * - **Near buckets** hold the same rows by a hash of a key that skips a word's first letters
 *   (src/core/search/suggest-near.ts), for a word whose first letters were mistyped; the
 *   browser asks for one only when the typed word starts no word of the part it loaded.
 * - **Pair buckets** list each tool's published comparisons, by a hash of the tool's slug, so
 *   "A vs B" finds the editorial page (or offers the compare-any page).
 *
 * Parts and near buckets carry a tool's figures; pair buckets carry none, so a verdict changes
 * only the parts and near buckets of the tool it is about. Pure: the build names and writes the files (src/build/suggest-index/).
 */
import type { Site, Tool } from '../model.ts';
import { nearKeys } from './suggest-near.ts';
import { wordsOf } from './text.ts';

/**
 * One tool as the box shows it: name, slug, category (index into the manifest's categories),
 * the latest panel read (ships of total calls; 0 of 0 before the first review), the number of
 * published comparisons (more compared tools rank first among equals), and the words of its
 * old names when it has any. A discontinued tool carries a trailing 1.
 */
export type ToolRow =
  | [name: string, slug: string, category: number, ships: number, total: number, comparisons: number]
  | [
      name: string,
      slug: string,
      category: number,
      ships: number,
      total: number,
      comparisons: number,
      oldNames: string[],
    ]
  | [
      name: string,
      slug: string,
      category: number,
      ships: number,
      total: number,
      comparisons: number,
      oldNames: string[],
      discontinued: 1,
    ];

/** A category as the box shows it: name, slug, number of tools. */
export type CategoryRow = [name: string, slug: string, tools: number];

/**
 * A tool's published comparisons in a pair bucket: the other tool's slug, prefixed `+` when
 * this tool comes first in the comparison's slug (`<this>-vs-<other>`) and `-` when second.
 */
export type PairBucket = Record<string, string[]>;

/** The manifest: categories, and the file of each part and pair bucket. */
export interface SuggestManifest {
  /** Format version; the browser ignores a manifest it does not know. */
  v: 1;
  categories: CategoryRow[];
  /** First letters → file of the part holding every tool with a word that starts so. */
  parts: Record<string, string>;
  /** First letters split further → file of the small part for a query of exactly those letters. */
  tops: Record<string, string>;
  /** Pair bucket files; a tool's bucket is `pairBucketOf(slug, pairs.length)`. */
  pairs: string[];
  /** Near bucket files; a near key's bucket is `nearBucketOf(key, near.length)`. */
  near: string[];
}

/** Size limits of the parts and buckets. */
export interface SuggestLimits {
  /** Most tool rows in one part; a letter with more is split by the next letter. */
  partRows: number;
  /** Rows of the small part a split letter keeps for a query of just that letter. */
  topRows: number;
  /** Longest letter prefix a part is keyed by; past it a part holds what it must. */
  maxDepth: number;
  /** Average comparisons listed per pair bucket, at most; the bucket count is a power of two. */
  bucketEntries: number;
  /** Average (near key, tool) entries per near bucket, at most; the bucket count is a power of two. */
  nearEntries: number;
}

/**
 * About 12 KB compressed at most per part with this site's names: with the manifest and the
 * script, the first suggestion stays well within 50 KB for any number of tools.
 */
export const SUGGEST_LIMITS: SuggestLimits = {
  partRows: 400,
  topRows: 12,
  maxDepth: 4,
  bucketEntries: 400,
  nearEntries: 250,
};

/** One file of the index before it is named: the manifest refers to it by `id`. */
interface SuggestFile {
  /** `part:<letters>`, `top:<letters>`, `near:<n>` or `pairs:<n>`; stable for the same content layout. */
  id: string;
  body: unknown;
}

/** A planned index: its files, and the manifest once each file has a name. */
export interface SuggestPlan {
  files: SuggestFile[];
  manifest(nameOf: (id: string) => string): SuggestManifest;
}

/** The words a tool is found by: those of its name, then of each old name. */
export function toolWords(row: ToolRow): string[] {
  const old = row[6] ?? [];
  return [...new Set([...wordsOf(row[0]), ...old.flatMap((name) => wordsOf(name))])];
}

/** Words that key a part: anything but a bare number ("2" would put a tool in the part of "2"). */
function keyWords(row: ToolRow): string[] {
  return toolWords(row).filter((word) => !/^\p{N}+$/u.test(word));
}

function toolRow(tool: Tool, categoryIndex: number, site: Site, comparisons: number): ToolRow {
  const read = site.latestReads.get(tool.slug) ?? null;
  const head = [
    tool.name,
    tool.slug,
    categoryIndex,
    read?.ships ?? 0,
    read?.total ?? 0,
    comparisons,
  ] as const;
  // Old slugs read as words ("perplexity-sonar-pro-api" → "perplexity sonar pro api").
  const old = tool.aliases.map((alias) => alias.replace(/-/g, ' '));
  if (tool.status === 'discontinued') return [...head, old, 1];
  return old.length > 0 ? [...head, old] : [...head];
}

/** Every tool's row and the categories, in a stable order (by slug; categories as the site lists them). */
export function suggestRows(site: Site): { tools: ToolRow[]; categories: CategoryRow[] } {
  const categories: CategoryRow[] = site.categories.map((c) => [c.name, c.slug, c.tools.length]);
  const categoryIndex = new Map(site.categories.map((c, i) => [c.name, i]));
  const compared = new Map<string, number>();
  for (const c of site.comparisons) {
    for (const slug of [c.a.tool.slug, c.b.tool.slug]) compared.set(slug, (compared.get(slug) ?? 0) + 1);
  }
  const tools = [...site.tools.values()]
    .sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0))
    .map((tool) => toolRow(tool, categoryIndex.get(tool.category) ?? -1, site, compared.get(tool.slug) ?? 0));
  return { tools, categories };
}

/** Tools most compared first, then by slug: who keeps a place in a small part. */
function byStanding(x: ToolRow, y: ToolRow): number {
  return y[5] - x[5] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
}

function bySlug(x: ToolRow, y: ToolRow): number {
  return x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
}

/** A tool with the words it can be found by under the current letters. */
interface Member {
  row: ToolRow;
  words: string[];
}

/** Splits the tools under `prefix` into parts, into `out`. */
function planLetters(prefix: string, members: Member[], limits: SuggestLimits, out: SuggestFile[]): void {
  const depth = [...prefix].length;
  if (members.length <= limits.partRows || depth >= limits.maxDepth) {
    out.push({ id: `part:${prefix}`, body: members.map((m) => m.row).sort(bySlug) });
    return;
  }
  // A query of exactly these letters: the tools with a word of just these letters, then the most compared.
  const whole = members.filter((m) => m.words.includes(prefix));
  const rest = members.filter((m) => !m.words.includes(prefix)).sort((x, y) => byStanding(x.row, y.row));
  const top = [...whole, ...rest.slice(0, Math.max(0, limits.topRows - whole.length))];
  out.push({ id: `top:${prefix}`, body: top.map((m) => m.row).sort(bySlug) });
  const next = new Map<string, Member[]>();
  for (const m of members) {
    const byLetter = new Map<string, string[]>();
    for (const word of m.words) {
      const letter = [...word][depth];
      if (letter === undefined) continue;
      byLetter.set(letter, [...(byLetter.get(letter) ?? []), word]);
    }
    for (const [letter, words] of byLetter) {
      const list = next.get(letter) ?? [];
      list.push({ row: m.row, words });
      next.set(letter, list);
    }
  }
  for (const letter of [...next.keys()].sort())
    planLetters(prefix + letter, next.get(letter) ?? [], limits, out);
}

/** 32-bit FNV-1a of a string's UTF-16 units: a stable, cheap spread of slugs over buckets. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The pair bucket of a tool among `buckets` (a power of two). */
export function pairBucketOf(slug: string, buckets: number): number {
  return buckets > 0 ? fnv1a(slug) % buckets : -1;
}

/** The near bucket of a near key among `buckets` (a power of two); salted so it spreads apart from slugs. */
export function nearBucketOf(key: string, buckets: number): number {
  return buckets > 0 ? fnv1a(`near:${key}`) % buckets : -1;
}

/** Fewest buckets (a power of two) that keep the average within `perBucket`. */
function bucketCount(entries: number, perBucket: number): number {
  let count = 1;
  while (entries / count > perBucket) count *= 2;
  return count;
}

/** Every tool's comparisons in pair buckets. */
function planPairs(site: Site, limits: SuggestLimits): SuggestFile[] {
  const lists = new Map<string, string[]>();
  const add = (slug: string, entry: string) => lists.set(slug, [...(lists.get(slug) ?? []), entry]);
  for (const c of site.comparisons) {
    add(c.a.tool.slug, `+${c.b.tool.slug}`);
    add(c.b.tool.slug, `-${c.a.tool.slug}`);
  }
  const count = bucketCount(site.comparisons.length * 2, limits.bucketEntries);
  const buckets: PairBucket[] = Array.from({ length: count }, () => ({}));
  for (const slug of [...lists.keys()].sort()) {
    const bucket = buckets[pairBucketOf(slug, count)];
    if (bucket) bucket[slug] = [...(lists.get(slug) ?? [])].sort();
  }
  return buckets.map((body, n) => ({ id: `pairs:${n}`, body }));
}

/**
 * Every tool under each near key of its words, in near buckets. How many buckets depends on the
 * names alone, so a verdict moves no tool to another bucket.
 */
function planNear(tools: readonly ToolRow[], limits: SuggestLimits): SuggestFile[] {
  const keyed = tools.map((row) => ({ row, keys: [...new Set(keyWords(row).flatMap(nearKeys))] }));
  const entries = keyed.reduce((sum, { keys }) => sum + keys.length, 0);
  if (entries === 0) return [];
  const count = bucketCount(entries, limits.nearEntries);
  const buckets = Array.from({ length: count }, () => new Map<string, ToolRow>());
  for (const { row, keys } of keyed) {
    for (const key of keys) buckets[nearBucketOf(key, count)]?.set(row[1], row);
  }
  return buckets.map((rows, n) => ({ id: `near:${n}`, body: [...rows.values()].sort(bySlug) }));
}

/** The whole suggestion index of a site. */
export function planSuggestIndex(site: Site, limits: SuggestLimits = SUGGEST_LIMITS): SuggestPlan {
  const { tools, categories } = suggestRows(site);
  const files: SuggestFile[] = [];
  const byLetter = new Map<string, Member[]>();
  for (const row of tools) {
    const words = keyWords(row);
    for (const letter of new Set(words.map((word) => [...word][0] ?? ''))) {
      if (!letter) continue;
      const list = byLetter.get(letter) ?? [];
      list.push({ row, words: words.filter((word) => word.startsWith(letter)) });
      byLetter.set(letter, list);
    }
  }
  for (const letter of [...byLetter.keys()].sort())
    planLetters(letter, byLetter.get(letter) ?? [], limits, files);
  const near = planNear(tools, limits);
  const pairs = planPairs(site, limits);
  files.push(...near, ...pairs);
  return {
    files,
    manifest(nameOf) {
      const parts: Record<string, string> = {};
      const tops: Record<string, string> = {};
      for (const { id } of files) {
        if (id.startsWith('part:')) parts[id.slice(5)] = nameOf(id);
        else if (id.startsWith('top:')) tops[id.slice(4)] = nameOf(id);
      }
      const names = (list: SuggestFile[]) => list.map(({ id }) => nameOf(id));
      return { v: 1, categories, parts, tops, pairs: names(pairs), near: names(near) };
    },
  };
}

/**
 * The part to load for a word: the part of its letters, or, when the word is exactly letters
 * that were split further, their small part. Null when no tool has a word that starts so.
 */
export function partFor(manifest: Pick<SuggestManifest, 'parts' | 'tops'>, word: string): string | null {
  const letters = [...word];
  for (let n = 1; n <= letters.length; n++) {
    const key = letters.slice(0, n).join('');
    if (Object.hasOwn(manifest.parts, key)) return manifest.parts[key] ?? null;
    if (!Object.hasOwn(manifest.tops, key)) return null;
    if (n === letters.length) return manifest.tops[key] ?? null;
  }
  return null;
}
