/**
 * Each reviewer's track record: every verdict they gave, newest round first.
 */
import type { ContentIndex } from '../content/content-index.ts';
import type { Reviewer, VerdictEntry } from '../model.ts';
import type { ReadOf } from './panel-reads.ts';

/** All verdicts grouped by reviewer slug, newest round first, then by tool. */
export function buildVerdictsByReviewer(
  index: ContentIndex,
  reviewers: readonly Reviewer[],
  readOf: ReadOf,
): Map<string, VerdictEntry[]> {
  const byReviewer = new Map<string, VerdictEntry[]>(reviewers.map((r) => [r.slug, []]));
  for (const [tool, byRound] of index.verdicts) {
    for (const round of byRound.keys()) {
      for (const verdict of readOf(tool, round).verdicts) byReviewer.get(verdict.reviewer)?.push(verdict);
    }
  }
  for (const list of byReviewer.values()) {
    list.sort((x, y) => y.round.localeCompare(x.round) || x.tool.localeCompare(y.tool));
  }
  return byReviewer;
}
