/**
 * The panel split of a comparison as labelled groups of reviewer names, the way
 * the "at a glance" box lists them.
 */
import type { Comparison, Site } from '../model.ts';
import { reviewerNames } from './site-index.ts';

/** One labelled group of reviewers. */
export interface SplitGroup {
  label: string;
  names: string[];
}

/** Ship both / only A / only B / skip both, with names resolved for display. */
export function verdictSplit(site: Site, c: Comparison): SplitGroup[] {
  const { summary } = c;
  return [
    { label: 'Ship both', names: reviewerNames(site, summary.shipBoth) },
    { label: `Only ${c.a.tool.name}`, names: reviewerNames(site, summary.onlyA) },
    { label: `Only ${c.b.tool.name}`, names: reviewerNames(site, summary.onlyB) },
    { label: 'Skip both', names: reviewerNames(site, summary.skipBoth) },
  ];
}
