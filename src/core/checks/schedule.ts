/**
 * Content dated after today is scheduled, not wrong: validation says when it will appear, and
 * the build leaves it out until then (src/core/site/schedule.ts).
 */
import type { Entry } from '../content/entries.ts';
import { goesLive } from '../site/schedule.ts';
import type { VerdictData } from '../schemas/verdict.ts';
import type { CheckContext } from './context.ts';

const UNTIL_THEN =
  'it appears with the first build on or after that day (the deploy workflow builds every day)';

/** A notice on each comparison and review round dated after today, saying when it will appear. */
export function checkSchedule(context: CheckContext): void {
  scheduledComparisons(context);
  scheduledRounds(context);
}

function scheduledComparisons({ entries, options, report }: CheckContext): void {
  for (const comparison of entries.comparisons) {
    const day = goesLive(comparison.data);
    if (day <= options.today) continue;
    const { published, rounds } = comparison.data;
    const pin = [...(rounds ?? [])].find(([, round]) => round === day && round > published);
    report.notice(
      comparison,
      pin ? ['rounds', pin[0]] : ['published'],
      `scheduled for ${day}${pin ? ` (the pinned round of ${pin[0]})` : ''}: ${UNTIL_THEN}; until then it has no page, feed item, listing, record or search entry.`,
    );
  }
}

// One notice per round, on the verdict file that sorts first, so the output is stable.
function scheduledRounds({ entries, options, report }: CheckContext): void {
  const first = new Map<string, Entry<VerdictData>>();
  for (const verdict of entries.verdicts) {
    const { tool, round } = verdict.data;
    if (round <= options.today) continue;
    const key = `${tool}/${round}`;
    const held = first.get(key);
    if (!held || verdict.file < held.file) first.set(key, verdict);
  }
  for (const verdict of first.values()) {
    const { tool, round } = verdict.data;
    report.notice(
      verdict,
      ['round'],
      `round ${round} of ${tool} is scheduled for ${round}: ${UNTIL_THEN}; until then pages show ${tool}'s round before it.`,
    );
  }
}
