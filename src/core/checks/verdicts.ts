/**
 * Verdicts name a known tool and reviewer, sit where their fields say, and are one per reviewer,
 * tool and round.
 */
import type { Entry } from '../load.ts';
import { claim } from './claim.ts';
import type { CheckContext } from './context.ts';
import { checkReference } from './references.ts';

/** Reports unknown references, misplaced files and duplicate verdicts. */
export function checkVerdicts(context: CheckContext): void {
  const { entries, report } = context;
  const seen = new Map<string, Entry<unknown>>();
  for (const verdict of entries.verdicts) {
    const { tool, reviewer, round } = verdict.data;
    const toolKnown = checkReference(context, { entry: verdict, path: ['tool'], slug: tool, kind: 'tool' });
    const reviewerKnown = checkReference(context, {
      entry: verdict,
      path: ['reviewer'],
      slug: reviewer,
      kind: 'reviewer',
    });
    // Only once both references resolve is the expected place meaningful.
    const expected = `verdicts/${tool}/${round}/${reviewer}.md`;
    if (toolKnown && reviewerKnown && !`/${verdict.file}`.endsWith(`/${expected}`)) {
      report.warn(
        verdict,
        null,
        `the file's place does not match its fields: move it to ${expected} so editors find it.`,
      );
    }
    claim(seen, report, {
      key: `${tool}|${reviewer}|${round}`,
      entry: verdict,
      path: ['reviewer'],
      message: (first) =>
        `${reviewer} already has a verdict on ${tool} in round ${round} (${first.file}): one verdict per reviewer, tool and round.`,
    });
  }
}
