/**
 * Each tool's verdict history: every review round in order, with the reviewers whose call
 * flipped and whether the tagline or description changed since the round before.
 */
import { roundsOf, type ContentIndex } from '../content/content-index.ts';
import type { HistoryRound, PanelRead, Tool, ToolHistory, VerdictFlip } from '../model.ts';
import type { ReadOf } from './panel-reads.ts';

/** The history of every tool, keyed by tool slug. */
export function buildHistories(
  index: ContentIndex,
  tools: Map<string, Tool>,
  readOf: ReadOf,
): Map<string, ToolHistory> {
  const histories = new Map<string, ToolHistory>();
  for (const slug of tools.keys()) {
    let previous: PanelRead | null = null;
    const rounds: HistoryRound[] = [];
    for (const round of roundsOf(index, slug)) {
      const read = readOf(slug, round);
      rounds.push({
        read,
        previous,
        flips: previous ? verdictFlips(previous, read) : [],
        taglineChanged: previous !== null && previous.tagline !== read.tagline,
        descriptionChanged: previous !== null && previous.descriptionText !== read.descriptionText,
      });
      previous = read;
    }
    histories.set(slug, { tool: slug, rounds });
  }
  return histories;
}

/**
 * Reviewers who called `next` differently from `previous`, in `next`'s reviewer order. A reviewer
 * who sat out either round did not change their mind, so they are not a flip.
 */
export function verdictFlips(previous: PanelRead, next: PanelRead): VerdictFlip[] {
  const before = new Map(previous.verdicts.map((v) => [v.reviewer, v.verdict]));
  return next.verdicts.flatMap((v) => {
    const from = before.get(v.reviewer);
    return from !== undefined && from !== v.verdict ? [{ reviewer: v.reviewer, from, to: v.verdict }] : [];
  });
}
