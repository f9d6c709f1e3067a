/**
 * Scheduled publishing: content dated after the build's day waits. A comparison appears on its
 * publish date (or on the date of a later round it pins), a review round on its date; until then
 * the build leaves them out of everything it writes, and a daily build brings them in on the day.
 */
import type { Entries } from '../content/entries.ts';
import type { ComparisonData } from '../schemas/comparison.ts';

/** The day a comparison appears: its publish date, or the latest round it pins if that is later. */
export function goesLive(comparison: Pick<ComparisonData, 'published' | 'rounds'>): string {
  let day = comparison.published;
  for (const round of comparison.rounds?.values() ?? []) if (round > day) day = round;
  return day;
}

/**
 * The entries as published on `today` (YYYY-MM-DD): comparisons that have not gone live, and
 * verdicts and round files of rounds dated after today, are left out, with the votes of the
 * comparisons left out. Checks run on every entry; pages are built from these. The same object
 * when nothing waits.
 */
export function publishedEntries(entries: Entries, today: string): Entries {
  const comparisons = entries.comparisons.filter((c) => goesLive(c.data) <= today);
  const verdicts = entries.verdicts.filter((v) => v.data.round <= today);
  const rounds = entries.rounds.filter((r) => r.data.date <= today);
  const unchanged =
    comparisons.length === entries.comparisons.length &&
    verdicts.length === entries.verdicts.length &&
    rounds.length === entries.rounds.length;
  if (unchanged) return entries;
  const live = new Set(comparisons.map((c) => c.id));
  return { ...entries, comparisons, verdicts, rounds, votes: entries.votes.filter((v) => live.has(v.id)) };
}
