/**
 * Lookup tables over validated entries, shared by the cross-file checks and the site builder
 * so both follow references and pick review rounds the same way.
 */
import type { Entries, Entry } from './entries.ts';
import type { ComparisonData } from '../schemas/comparison.ts';
import type { ReviewerData } from '../schemas/reviewer.ts';
import type { RoundData } from '../schemas/round.ts';
import type { ToolData } from '../schemas/tool.ts';
import type { VerdictData } from '../schemas/verdict.ts';
import type { VotesData } from '../schemas/votes.ts';

/** Entries indexed by the keys references use. First entry wins where slugs collide. */
export interface ContentIndex {
  tools: Map<string, Entry<ToolData>>;
  reviewers: Map<string, Entry<ReviewerData>>;
  /** tool slug -> round date -> verdicts. */
  verdicts: Map<string, Map<string, Entry<VerdictData>[]>>;
  /** `tool/date` -> round file. */
  rounds: Map<string, Entry<RoundData>>;
  comparisons: Map<string, Entry<ComparisonData>>;
  votes: Map<string, Entry<VotesData>>;
  /** Retired slug -> current slug, from the `aliases` of tools and comparisons; first claim wins. */
  aliases: { tools: Map<string, string>; comparisons: Map<string, string> };
}

/** Builds the lookup tables. */
export function indexEntries(entries: Entries): ContentIndex {
  const verdicts = new Map<string, Map<string, Entry<VerdictData>[]>>();
  for (const verdict of entries.verdicts) {
    const { tool, round } = verdict.data;
    const byRound = verdicts.get(tool) ?? new Map<string, Entry<VerdictData>[]>();
    byRound.set(round, [...(byRound.get(round) ?? []), verdict]);
    verdicts.set(tool, byRound);
  }
  const tools = firstById(entries.tools);
  const comparisons = firstById(entries.comparisons);
  return {
    tools,
    reviewers: firstById(entries.reviewers),
    verdicts,
    rounds: firstBy(entries.rounds, (r) => roundKey(r.data.tool, r.data.date)),
    comparisons,
    votes: firstById(entries.votes),
    aliases: { tools: aliasMap(tools), comparisons: aliasMap(comparisons) },
  };
}

/** Key of a round in `ContentIndex.rounds`. */
export function roundKey(tool: string, date: string): string {
  return `${tool}/${date}`;
}

/** Canonical comparison slug for a pair in page order. */
export function comparisonSlug(a: string, b: string): string {
  return `${a}-vs-${b}`;
}

/** Round dates that hold verdicts for a tool, oldest first. */
export function roundsOf(index: ContentIndex, tool: string): string[] {
  return [...(index.verdicts.get(tool)?.keys() ?? [])].sort();
}

/**
 * The round a comparison shows for a tool: the pinned one, else the latest on or before the
 * publish date, so a page a newsletter linked keeps saying what it said. Null if none exists.
 */
export function roundForComparison(
  index: ContentIndex,
  comparison: ComparisonData,
  tool: string,
): string | null {
  const pinned = comparison.rounds?.get(tool);
  if (pinned !== undefined) return index.verdicts.get(tool)?.has(pinned) ? pinned : null;
  const eligible = roundsOf(index, tool).filter((date) => date <= comparison.published);
  return eligible.at(-1) ?? null;
}

// A duplicate alias is reported by the checks; lookups follow the first claim, like `firstBy`.
function aliasMap(targets: Map<string, Entry<{ aliases: string[] }>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, target] of targets) {
    for (const alias of target.data.aliases) if (!map.has(alias)) map.set(alias, id);
  }
  return map;
}

function firstById<T>(list: Entry<T>[]): Map<string, Entry<T>> {
  return firstBy(list, (entry) => entry.id);
}

function firstBy<T>(list: Entry<T>[], key: (entry: Entry<T>) => string): Map<string, Entry<T>> {
  const map = new Map<string, Entry<T>>();
  for (const entry of list) if (!map.has(key(entry))) map.set(key(entry), entry);
  return map;
}
