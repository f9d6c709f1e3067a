/**
 * Verdicts name a known tool and reviewer, sit where their fields say, and are one per reviewer,
 * tool and round.
 */
import { claim, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';
import { checkPlace, placeOf } from './place.ts';
import { checkReference } from './references.ts';

/** Reports unknown references, fields that contradict the file's place and duplicate verdicts. */
export function checkVerdicts(context: CheckContext): void {
  const { entries, report } = context;
  const seen = new Map<string, Holder<string>>();
  for (const verdict of entries.verdicts) {
    const { tool, reviewer, round } = verdict.data;
    const toolKnown = checkReference(context, { entry: verdict, path: ['tool'], slug: tool, kind: 'tool' });
    const reviewerKnown = checkReference(context, {
      entry: verdict,
      path: ['reviewer'],
      slug: reviewer,
      kind: 'reviewer',
    });
    const [pathTool = '', pathRound = '', pathReviewer = ''] = placeOf(verdict.file, 3);
    // An unknown slug already has its own message naming the likely intended one.
    checkPlace(
      context,
      verdict,
      [
        ...(toolKnown ? [{ field: 'tool', value: tool, fromPath: pathTool, part: 'tool folder' }] : []),
        { field: 'round', value: round, fromPath: pathRound, part: 'round folder' },
        ...(reviewerKnown
          ? [{ field: 'reviewer', value: reviewer, fromPath: pathReviewer, part: 'file name' }]
          : []),
      ],
      `verdicts/${tool}/${round}/${reviewer}.md`,
    );
    claim(seen, report, {
      key: `${tool}|${reviewer}|${round}`,
      entry: verdict,
      path: ['reviewer'],
      message: (other) =>
        `${reviewer} also has a verdict on ${tool} in round ${round} in ${other.file}: one verdict per reviewer, tool and round.`,
    });
  }
}
