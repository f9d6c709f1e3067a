/**
 * Round files describe a round that exists: a known tool with verdicts on that date, once, in the
 * file their fields name. A round file its schema refused is checked on the fields that hold.
 */
import { roundsOf } from '../content/content-index.ts';
import { everyEntry } from '../content/entries.ts';
import { claim, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';
import { checkPlace, placeOf } from './place.ts';
import { checkReference } from './references.ts';

/** Reports round files for unknown tools, duplicate round files and rounds without verdicts. */
export function checkRounds(context: CheckContext): void {
  const { entries, index, report } = context;
  const seen = new Map<string, Holder<string>>();
  // Verdict files found for a round, refused ones included: those report their own problems.
  const placed = new Set([...entries.verdictPlaces].map((place) => place.split('/').slice(0, 2).join('/')));
  for (const round of everyEntry(entries, 'rounds')) {
    const { tool, date } = round.data;
    const [pathTool = '', pathDate = ''] = placeOf(round.file, 2);
    checkPlace(
      context,
      round,
      [
        ...(tool !== undefined
          ? [{ field: 'tool', value: tool, fromPath: pathTool, part: 'tool folder' }]
          : []),
        ...(date !== undefined
          ? [{ field: 'date', value: date, fromPath: pathDate, part: 'file name' }]
          : []),
      ],
      `rounds/${tool ?? pathTool}/${date ?? pathDate}.md`,
    );
    if (tool === undefined) continue;
    if (!checkReference(context, { entry: round, path: ['tool'], slug: tool, kind: 'tool' })) continue;
    if (date === undefined) continue;
    claim(seen, report, {
      key: `${tool}|${date}`,
      entry: round,
      path: ['date'],
      message: (other) =>
        `round ${date} of ${tool} is also described by ${other.file}: one round file per tool and date.`,
    });
    if (!index.verdicts.get(tool)?.has(date) && !placed.has(`${tool}/${date}`)) {
      const known = roundsOf(index, tool);
      report.error(
        round,
        ['date'],
        `${tool} has no verdicts in round ${date}.${known.length ? ` Its rounds: ${known.join(', ')}.` : ' Add verdicts for this round.'}`,
      );
    }
  }
}
