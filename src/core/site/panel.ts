/**
 * Who a review round expects a verdict from, and who gave one, sat out or is missing. Shared by
 * the checks (which refuse an incomplete round) and the builder (which says "3 of 4 reviewers").
 */
import { roundKey, type ContentIndex } from '../content/content-index.ts';
import type { ReviewerData } from '../schemas/reviewer.ts';

/** A reviewer recorded as sitting a round out, and why. */
interface SatOut {
  reviewer: string;
  reason: string;
}

/** The panel of one round of one tool, split by what each member did. */
export interface RoundPanel {
  /** Slugs of the reviewers on the panel on the round's date, in display order. */
  panel: string[];
  /** Panel members with a verdict in the round. */
  voted: string[];
  /** Panel members the round file records as sitting it out. */
  satOut: SatOut[];
  /** Panel members with neither: the round is incomplete while this is not empty. */
  missing: string[];
}

/** Whether a reviewer sat on the panel on a date: joined on or before it, and not yet left. */
function onPanel(reviewer: Pick<ReviewerData, 'joined' | 'left'>, date: string): boolean {
  return (
    (reviewer.joined === undefined || reviewer.joined <= date) &&
    (reviewer.left === undefined || date < reviewer.left)
  );
}

/** Slugs of the reviewers on the panel on a date, in display order (then by slug). */
export function panelOn(index: ContentIndex, date: string): string[] {
  return [...index.reviewers.values()]
    .filter((entry) => onPanel(entry.data, date))
    .sort((x, y) => x.data.order - y.data.order || x.id.localeCompare(y.id))
    .map((entry) => entry.id);
}

/**
 * Splits the panel of a round into voted, sat out and missing. `present` adds reviewers known to have
 * a verdict file for the round even when its fields disagree (that file gets its own error).
 */
export function roundPanel(
  index: ContentIndex,
  tool: string,
  date: string,
  present: ReadonlySet<string> = new Set(),
): RoundPanel {
  const panel = panelOn(index, date);
  const voted = new Set((index.verdicts.get(tool)?.get(date) ?? []).map((v) => v.data.reviewer));
  const reasons = index.rounds.get(roundKey(tool, date))?.data.satOut ?? new Map<string, string>();
  const satOut: SatOut[] = [];
  const missing: string[] = [];
  for (const reviewer of panel) {
    if (voted.has(reviewer)) continue;
    const reason = reasons.get(reviewer);
    if (reason !== undefined) satOut.push({ reviewer, reason });
    else if (!present.has(reviewer)) missing.push(reviewer);
  }
  return { panel, voted: panel.filter((r) => voted.has(r)), satOut, missing };
}
