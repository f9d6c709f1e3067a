/**
 * A review round publishes a figure only when it is complete: every reviewer on the panel on the
 * round's date has a verdict or is recorded in the round file as sitting it out, with a reason.
 * Otherwise a missing verdict (or a mistyped `round:` date, which makes a round of one) would
 * publish a share of a smaller panel as if it were the whole panel's.
 */
import { roundKey } from '../content/content-index.ts';
import { everyEntry, type Entries, type Entry } from '../content/entries.ts';
import { panelOn, roundPanel } from '../site/panel.ts';
import type { VerdictData } from '../schemas/verdict.ts';
import type { CheckContext } from './context.ts';
import { placeOf } from './place.ts';
import { checkReference } from './references.ts';

const DAY_MS = 86_400_000;

/**
 * Reports incomplete rounds, rounds of one verdict on an unused date, and sat-out records that cannot
 * hold. Verdict files their schema refused count with the fields that hold (a `verdict: TODO` still
 * names its tool, round and reviewer), so a missing reviewer is reported in the same run.
 */
export function checkPanelRounds(context: CheckContext): void {
  const present = presentByPlace(context.entries);
  const rounds = verdictsByRound(context.entries);
  const dateUses = new Map<string, number>();
  for (const byRound of rounds.values()) {
    for (const [date, verdicts] of byRound) dateUses.set(date, (dateUses.get(date) ?? 0) + verdicts.length);
  }
  for (const [tool, byRound] of rounds) {
    if (!context.index.tools.has(tool)) continue;
    for (const [date, verdicts] of byRound) {
      checkMembership(context, verdicts, date);
      if (isOrphan(context, tool, date, verdicts, dateUses)) reportOrphan(context, tool, verdicts, dateUses);
      else checkComplete(context, tool, date, verdicts, present.get(roundKey(tool, date)));
    }
  }
  checkSatOut(context);
}

/** A verdict with the three fields that place it in a round. */
type PlacedVerdict = Entry<Pick<VerdictData, 'tool' | 'round' | 'reviewer'>>;

// Valid and refused verdicts that name their tool, round and reviewer, by tool then round, in file order.
function verdictsByRound(entries: Entries): Map<string, Map<string, PlacedVerdict[]>> {
  const rounds = new Map<string, Map<string, PlacedVerdict[]>>();
  for (const verdict of everyEntry(entries, 'verdicts')) {
    const { tool, round, reviewer } = verdict.data;
    if (tool === undefined || round === undefined || reviewer === undefined) continue;
    const byRound = rounds.get(tool) ?? new Map<string, PlacedVerdict[]>();
    byRound.set(round, [...(byRound.get(round) ?? []), verdict as PlacedVerdict]);
    rounds.set(tool, byRound);
  }
  return rounds;
}

// Every verdict file counts for the round its place names, even one whose fields disagree with the
// place or fail their schema, so one slip is reported once (by that file), not again as a missing
// verdict. So does a `satOut` that holds in a round file refused for another field.
function presentByPlace(entries: Entries): Map<string, Set<string>> {
  const present = new Map<string, Set<string>>();
  const add = (tool: string, round: string, reviewer: string) => {
    const key = roundKey(tool, round);
    present.set(key, (present.get(key) ?? new Set()).add(reviewer));
  };
  for (const place of entries.verdictPlaces) {
    const [tool = '', round = '', reviewer = ''] = place.split('/');
    add(tool, round, reviewer);
  }
  for (const { file, data } of entries.partial.rounds) {
    const [tool = '', date = ''] = placeOf(file, 2);
    for (const reviewer of data.satOut?.keys() ?? []) add(tool, date, reviewer);
  }
  return present;
}

function checkMembership(
  { index, report }: CheckContext,
  verdicts: readonly PlacedVerdict[],
  date: string,
): void {
  for (const verdict of verdicts) {
    const reviewer = index.reviewers.get(verdict.data.reviewer);
    if (!reviewer || panelOn(index, date).includes(reviewer.id)) continue;
    const { joined, left } = reviewer.data;
    const span = joined !== undefined && date < joined ? `joined ${joined}` : `left ${String(left)}`;
    report.error(
      verdict,
      ['reviewer'],
      `${reviewer.id} was not on the panel on ${date} (${span}, ${reviewer.file}): fix the round date, or the reviewer's \`joined\`/\`left\` date.`,
    );
  }
}

// One verdict, no round file and a date nothing else uses: far likelier a typo than a new round.
function isOrphan(
  { index }: CheckContext,
  tool: string,
  date: string,
  verdicts: readonly PlacedVerdict[],
  dateUses: Map<string, number>,
): boolean {
  const [only] = verdicts;
  if (verdicts.length !== 1 || !only || dateUses.get(date) !== 1) return false;
  if (index.rounds.has(roundKey(tool, date))) return false;
  // A contradicting place is reported by the verdict checks, with the fix.
  if (placeOf(only.file, 3)[1] !== date) return false;
  return panelOn(index, date).length > 1;
}

function reportOrphan(
  { index, report }: CheckContext,
  tool: string,
  verdicts: readonly PlacedVerdict[],
  dateUses: Map<string, number>,
): void {
  const verdict = verdicts[0] as PlacedVerdict;
  const { round, reviewer } = verdict.data;
  const ownRounds = [...(index.verdicts.get(tool)?.keys() ?? [])].filter((d) => d !== round);
  const candidates = ownRounds.length ? ownRounds : [...dateUses.keys()].filter((d) => d !== round);
  const nearest = nearestDate(round, candidates);
  const fix = nearest
    ? `if it is a typo for ${nearest}, the nearest round date in use${ownRounds.length ? ` for ${tool}` : ''}, write \`round: ${nearest}\` and move the file to verdicts/${tool}/${nearest}/${reviewer}.md`
    : `if it is a typo, fix the date and the folder`;
  report.error(
    verdict,
    ['round'],
    `round ${round} has only this verdict and no other verdict or round file uses that date: ${fix}; if it is a new round, add the rest of the panel's verdicts or record them under \`satOut\` in rounds/${tool}/${round}.md.`,
  );
}

/** The candidate date closest in days to `date` (the earlier on a tie), or null when there is none. */
function nearestDate(date: string, candidates: readonly string[]): string | null {
  const at = Date.parse(date);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of [...candidates].sort()) {
    const distance = Math.abs(Date.parse(candidate) - at) / DAY_MS;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function checkComplete(
  { index, report }: CheckContext,
  tool: string,
  date: string,
  verdicts: readonly PlacedVerdict[],
  present: ReadonlySet<string> | undefined,
): void {
  // A verdict whose fields contradict its place may not belong here; its own error comes first.
  if (verdicts.some((v) => placeOf(v.file, 3).join('/') !== `${tool}/${date}/${v.data.reviewer}`)) return;
  const { missing } = roundPanel(index, tool, date, present);
  if (missing.length === 0) return;
  // Reported once per round, on the verdict file that sorts first, so the output is stable.
  const first = [...verdicts].sort((x, y) => x.file.localeCompare(y.file))[0] as PlacedVerdict;
  const files = missing.map((r) => `verdicts/${tool}/${date}/${r}.md`).join(', ');
  report.error(
    first,
    ['round'],
    `round ${date} of ${tool} is incomplete: no verdict from ${missing.join(', ')}, on the panel on that date. Add ${files}, or record each under \`satOut\` with a reason in rounds/${tool}/${date}.md.`,
  );
}

// A sat-out record names a known panel member who gave no verdict in that round.
function checkSatOut(context: CheckContext): void {
  const { entries, index, report } = context;
  for (const round of entries.rounds) {
    const { tool, date, satOut } = round.data;
    const voted = new Map((index.verdicts.get(tool)?.get(date) ?? []).map((v) => [v.data.reviewer, v]));
    for (const reviewer of satOut?.keys() ?? []) {
      const path = ['satOut', reviewer];
      if (!checkReference(context, { entry: round, path, slug: reviewer, kind: 'reviewer' })) continue;
      const verdict = voted.get(reviewer);
      if (verdict) {
        report.error(
          round,
          path,
          `${reviewer} has a verdict in this round (${verdict.file}), so did not sit it out: remove one of the two.`,
        );
      } else if (!panelOn(index, date).includes(reviewer)) {
        report.error(
          round,
          path,
          `${reviewer} was not on the panel on ${date}, so has no round to sit out: remove the line, or fix the reviewer's \`joined\`/\`left\` date.`,
        );
      }
    }
  }
}
