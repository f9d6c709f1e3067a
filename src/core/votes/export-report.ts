/**
 * The report a reviewer reads before merging an export: per comparison, how its counts change,
 * how many voters and networks made the change, and flags for bursts (most of a day's changes from
 * one network or within one minute, networks that spent their whole daily budget). It is the pull
 * request's body, so it is Markdown, bounded in size, and every value in it is escaped.
 */
import { markdownText } from '../views/markdown-text.ts';
import type { VotesData } from '../schemas/votes.ts';
import { NETWORK_DAILY_BUDGET } from './budget.ts';
import type { ExportNote, ExportPlan } from './export.ts';
import type { ExportSource } from './export-source.ts';
import type { ActivityRow } from './store.ts';

/** Fewest changes in a day before one network or one minute holding most of them is a flag. */
const BURST_MIN_BALLOTS = 10;

/** Most comparisons listed; a pull request body holds 65,536 characters. */
const MAX_ROWS = 150;

/** Where reviewers read what the figures mean. */
const GUIDE = 'docs/votes.md#reviewing-an-export';

/** One day that needs a reviewer's eye. */
interface Flag {
  comparison: string;
  day: string;
  text: string;
}

/** The flags of one day's activity on a comparison. */
export function burstFlags(row: ActivityRow): Flag[] {
  const flags: Flag[] = [];
  const flag = (text: string): void => void flags.push({ comparison: row.comparison, day: row.day, text });
  if (row.ballots >= BURST_MIN_BALLOTS && row.topNetwork * 2 > row.ballots) {
    flag(`${row.topNetwork} of ${row.ballots} changes came from one network`);
  }
  if (row.ballots >= BURST_MIN_BALLOTS && row.topMinute * 2 > row.ballots) {
    flag(`${row.topMinute} of ${row.ballots} changes came within one minute`);
  }
  if (row.networksAtBudget > 0) {
    const n = row.networksAtBudget;
    flag(`${n} network${n === 1 ? '' : 's'} spent the whole daily budget of ${NETWORK_DAILY_BUDGET}`);
  }
  return flags;
}

/** The pull request body for an export plan and the activity it was read with. */
export function exportReport(plan: ExportPlan, activity: ExportSource['activity']): string {
  const days = activity?.days ?? [];
  const byComparison = new Map<string, ActivityRow[]>();
  for (const row of days)
    byComparison.set(row.comparison, [...(byComparison.get(row.comparison) ?? []), row]);
  const flags = days.flatMap(burstFlags);
  const flagged = new Set(flags.map((f) => f.comparison));

  const rows = plan.writes
    .map((write) => ({ write, size: changeSize(write.before, write.after) }))
    .sort(
      (x, y) =>
        Number(flagged.has(y.write.comparison)) - Number(flagged.has(x.write.comparison)) ||
        y.size - x.size ||
        (x.write.comparison < y.write.comparison ? -1 : 1),
    );

  const lines = [
    '## Community votes: what this export publishes',
    '',
    `${count(plan.writes.length, 'comparison')} change${plan.writes.length === 1 ? 's' : ''}, ${plan.unchanged} unchanged.`,
    activity
      ? `Activity since ${activity.since} (UTC): every cast, change or withdrawal of a standing call. A network is counted once per day (its hash changes daily).`
      : 'The source logs no activity, so voters, networks and bursts are unknown: check the diff by hand.',
    '',
  ];
  if (rows.length) {
    lines.push(
      '| comparison | change | changes | voters | networks | flags |',
      '| --- | --- | --: | --: | --: | --: |',
    );
    for (const { write } of rows.slice(0, MAX_ROWS)) {
      const activityRows = byComparison.get(write.comparison) ?? [];
      const sum = (pick: (row: ActivityRow) => number): string =>
        activity ? String(activityRows.reduce((total, row) => total + pick(row), 0)) : '?';
      const voters = activity ? String(Math.max(0, ...activityRows.map((row) => row.windowVoters))) : '?';
      const flagCount = flags.filter((f) => f.comparison === write.comparison).length;
      lines.push(
        `| ${markdownText(write.comparison)} | ${changeText(write.tools, write.before, write.after)} | ${sum((r) => r.ballots)} | ${voters} | ${sum((r) => r.networks)} | ${flagCount ? `**${flagCount}**` : ''} |`,
      );
    }
    if (rows.length > MAX_ROWS)
      lines.push('', `…and ${rows.length - MAX_ROWS} more; the diff lists every file.`);
    lines.push('');
  }
  if (flags.length) {
    lines.push('### Flags', '');
    for (const f of flags.slice(0, MAX_ROWS))
      lines.push(`- ${markdownText(f.comparison)}, ${f.day}: ${f.text}.`);
    if (flags.length > MAX_ROWS) lines.push(`- …and ${flags.length - MAX_ROWS} more.`);
    lines.push('');
  }
  if (plan.notes.length) {
    lines.push('### Left out', '');
    for (const note of plan.notes.slice(0, MAX_ROWS)) lines.push(`- ${noteText(note)}`);
    lines.push('');
  }
  lines.push(`What to look for before merging: ${GUIDE}.`);
  return `${lines.join('\n')}\n`;
}

function changeText(tools: readonly string[], before: VotesData | undefined, after: VotesData): string {
  const parts: string[] = [];
  for (const tool of [...tools, ...[...after.keys()].filter((t) => !tools.includes(t)).sort()]) {
    const was = before?.get(tool) ?? { ship: 0, skip: 0 };
    const now = after.get(tool);
    if (!now || (now.ship === was.ship && now.skip === was.skip)) continue;
    parts.push(
      `${markdownText(tool)} ship ${was.ship} → ${now.ship} (${signed(now.ship - was.ship)}), skip ${was.skip} → ${now.skip} (${signed(now.skip - was.skip)})`,
    );
  }
  return parts.join('; ') || 'no count changes';
}

function changeSize(before: VotesData | undefined, after: VotesData): number {
  let size = 0;
  for (const [tool, now] of after) {
    const was = before?.get(tool) ?? { ship: 0, skip: 0 };
    size += Math.abs(now.ship - was.ship) + Math.abs(now.skip - was.skip);
  }
  return size;
}

function noteText(note: ExportNote): string {
  return `${markdownText(note.comparison)}: ${markdownText(note.message)}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
