/**
 * A comparison's scorecard: one row per reviewer, their call on each tool side by side.
 */
import type { PanelRead, Reviewer, ScorecardRow } from '../model.ts';

/** Rows in the comparison's `panel` order, else in panel order for every reviewer who judged either tool. */
export function scorecardRows(
  reviewers: readonly Reviewer[],
  panel: string[] | undefined,
  a: PanelRead,
  b: PanelRead,
): ScorecardRow[] {
  const bySlug = new Map(reviewers.map((r) => [r.slug, r]));
  const involved = new Set([...a.verdicts, ...b.verdicts].map((v) => v.reviewer));
  const order = panel ?? reviewers.map((r) => r.slug).filter((slug) => involved.has(slug));
  return order.flatMap((slug) => {
    const reviewer = bySlug.get(slug);
    if (!reviewer) return [];
    return [
      {
        reviewer,
        a: a.verdicts.find((v) => v.reviewer === slug) ?? null,
        b: b.verdicts.find((v) => v.reviewer === slug) ?? null,
      },
    ];
  });
}
