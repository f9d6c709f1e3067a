/**
 * Verdict flips: a reviewer whose call on a tool differs between the tool's latest round on the base
 * and its latest round after the change, whether a new round was added or a verdict was edited.
 */
import type { Reviewer, Site, Tool } from '../model.ts';
import type { Verdict } from '../vocabulary.ts';
import { compareText } from './pages.ts';
import type { Renames } from './renames.ts';

/** One reviewer's changed call on one tool. */
export interface ReviewerFlip {
  tool: Tool;
  reviewer: Reviewer;
  from: Verdict;
  to: Verdict;
  /** The rounds the two calls were made in (the same round when a verdict was edited). */
  fromRound: string;
  toRound: string;
}

/** Every flip, by tool slug, then in the panel's order. */
export function reviewerFlips(base: Site, head: Site, renames: Renames): ReviewerFlip[] {
  const reviewers = new Map([...base.reviewers, ...head.reviewers].map((r) => [r.slug, r]));
  return [...head.tools.values()]
    .sort((x, y) => compareText(x.slug, y.slug))
    .flatMap((tool) => {
      const was = base.latestReads.get(renames.tools.get(tool.slug) ?? tool.slug);
      const now = head.latestReads.get(tool.slug);
      if (!was || !now) return [];
      const before = new Map(was.verdicts.map((v) => [v.reviewer, v.verdict]));
      return now.verdicts.flatMap((v) => {
        const from = before.get(v.reviewer);
        const reviewer = reviewers.get(v.reviewer);
        if (from === undefined || from === v.verdict || !reviewer) return [];
        return [{ tool, reviewer, from, to: v.verdict, fromRound: was.round, toRound: now.round }];
      });
    });
}
