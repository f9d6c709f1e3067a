/**
 * The panel split of a comparison as labelled groups of reviewer names, the way
 * the "at a glance" box lists them.
 */
import type { Comparison, Reviewer } from '../model.ts';
import { reviewerNames } from './site-index.ts';

/** One labelled group of reviewers. */
export interface SplitGroup {
  label: string;
  names: string[];
}

/** Ship both / only A / only B / skip both, with names resolved for display. */
export function verdictSplit(reviewersBySlug: ReadonlyMap<string, Reviewer>, c: Comparison): SplitGroup[] {
  const { summary } = c;
  return [
    { label: 'Ship both', names: reviewerNames(reviewersBySlug, summary.shipBoth) },
    { label: `Only ${c.a.tool.name}`, names: reviewerNames(reviewersBySlug, summary.onlyA) },
    { label: `Only ${c.b.tool.name}`, names: reviewerNames(reviewersBySlug, summary.onlyB) },
    { label: 'Skip both', names: reviewerNames(reviewersBySlug, summary.skipBoth) },
  ];
}
