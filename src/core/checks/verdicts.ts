/**
 * Verdicts name a known tool and reviewer, sit where their fields say, and are one per reviewer,
 * tool and round. A verdict file its schema refused is checked on the fields that hold.
 */
import { everyEntry } from '../content/entries.ts';
import { claim, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';
import { checkPlace, placeOf } from './place.ts';
import { checkReference } from './references.ts';

/** Reports unknown references, fields that contradict the file's place and duplicate verdicts. */
export function checkVerdicts(context: CheckContext): void {
  const { entries, report } = context;
  const seen = new Map<string, Holder<string>>();
  for (const verdict of everyEntry(entries, 'verdicts')) {
    const { tool, reviewer, round } = verdict.data;
    const known = (slug: string | undefined, field: string, kind: 'tool' | 'reviewer') =>
      slug !== undefined && checkReference(context, { entry: verdict, path: [field], slug, kind });
    const toolKnown = known(tool, 'tool', 'tool');
    const reviewerKnown = known(reviewer, 'reviewer', 'reviewer');
    const [pathTool = '', pathRound = '', pathReviewer = ''] = placeOf(verdict.file, 3);
    // An unknown slug already has its own message naming the likely intended one.
    checkPlace(
      context,
      verdict,
      [
        ...(toolKnown && tool
          ? [{ field: 'tool', value: tool, fromPath: pathTool, part: 'tool folder' }]
          : []),
        ...(round !== undefined
          ? [{ field: 'round', value: round, fromPath: pathRound, part: 'round folder' }]
          : []),
        ...(reviewerKnown && reviewer
          ? [{ field: 'reviewer', value: reviewer, fromPath: pathReviewer, part: 'file name' }]
          : []),
      ],
      `verdicts/${tool ?? pathTool}/${round ?? pathRound}/${reviewer ?? pathReviewer}.md`,
    );
    if (tool === undefined || reviewer === undefined || round === undefined) continue;
    claim(seen, report, {
      key: `${tool}|${reviewer}|${round}`,
      entry: verdict,
      path: ['reviewer'],
      message: (other) =>
        `${reviewer} also has a verdict on ${tool} in round ${round} in ${other.file}: one verdict per reviewer, tool and round.`,
    });
  }
}
