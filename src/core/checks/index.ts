/**
 * Cross-file checks: references, duplicates, review rounds, freshness and schedules. Every problem
 * is collected; none stops the others from being found.
 */
import type { ContentIndex } from '../content/content-index.ts';
import type { Entries } from '../content/entries.ts';
import { oneLine } from '../messages/one-line.ts';
import type { Problem } from '../messages/problems.ts';
import { checkComparisonAliases, checkToolAliases } from './aliases.ts';
import { checkComparisons } from './comparisons.ts';
import type { CheckContext, CheckOptions } from './context.ts';
import { checkPanelRounds } from './panel-rounds.ts';
import { Reporter } from './reporter.ts';
import { checkReviewers } from './reviewers.ts';
import { checkRounds } from './rounds.ts';
import { checkSchedule } from './schedule.ts';
import { checkSlugs } from './slugs.ts';
import { checkTools } from './tools.ts';
import { checkVerdicts } from './verdicts.ts';
import { checkVotes } from './votes.ts';

export type { CheckOptions } from './context.ts';

// Problems on one line keep this order after sorting, so it is part of the output.
const CHECKS: readonly ((context: CheckContext) => void)[] = [
  checkSlugs,
  checkTools,
  checkToolAliases,
  checkReviewers,
  checkVerdicts,
  checkRounds,
  checkPanelRounds,
  checkComparisons,
  checkComparisonAliases,
  checkVotes,
  checkSchedule,
];

/** Runs every cross-file check over the entries and their index, and returns the problems found. */
export function checkEntries(
  entries: Entries,
  index: ContentIndex,
  options: CheckOptions,
  root = 'content',
): Problem[] {
  const context: CheckContext = { entries, index, options, root, report: new Reporter() };
  const failures: Problem[] = [];
  for (const check of CHECKS) {
    // A check that fails (a bug meeting content it did not expect) is reported; the others still run.
    try {
      check(context);
    } catch (error) {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      failures.push({
        file: root || '.',
        line: null,
        field: null,
        message: `the ${check.name} check failed (${oneLine(what, 200)}), so nothing is published: report it with the files changed last.`,
        severity: 'error',
      });
    }
  }
  return [...context.report.problems, ...failures];
}
