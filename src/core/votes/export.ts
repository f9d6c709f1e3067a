/**
 * How stored tallies become `content/votes/<comparison>.yaml`: one file per comparison,
 * written the same way every time, and only where the counts changed. The database is the
 * source for every tool it has counted; counts typed by hand for other tools are kept.
 */
import { votesSchema, type VotesData } from '../schemas/votes.ts';
import type { TallyRow } from './store.ts';

/** One votes file to write. */
interface VotesFile {
  comparison: string;
  text: string;
  /** The comparison's tools in page order. */
  tools: readonly [string, string];
  /** The counts the file had (undefined: there was no file). */
  before: VotesData | undefined;
  /** The counts it gets. */
  after: VotesData;
}

/** Something the export left alone, and why. */
export interface ExportNote {
  comparison: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What an export changes. */
export interface ExportPlan {
  writes: VotesFile[];
  unchanged: number;
  notes: ExportNote[];
}

/** What an export needs to know about the content it writes into. */
export interface ExportTarget {
  /** Tools of every comparison in the content folder, in page order. */
  comparisons: ReadonlyMap<string, readonly [string, string]>;
  /** Votes files already there, parsed; null for a file that exists but does not parse. */
  existing: ReadonlyMap<string, VotesData | null>;
}

/** Plans the files to write from stored tallies; the plan is the same for the same input. */
export function planExport(tallies: readonly TallyRow[], target: ExportTarget): ExportPlan {
  const byComparison = new Map<string, TallyRow[]>();
  for (const row of tallies) {
    const rows = byComparison.get(row.comparison) ?? [];
    rows.push(row);
    byComparison.set(row.comparison, rows);
  }
  const plan: ExportPlan = { writes: [], unchanged: 0, notes: [] };
  for (const comparison of [...byComparison.keys()].sort()) {
    const rows = byComparison.get(comparison) ?? [];
    const tools = target.comparisons.get(comparison);
    if (!tools) {
      plan.notes.push({
        comparison,
        message: 'has votes but no comparison file in the content folder; left out.',
        severity: 'warning',
      });
      continue;
    }
    const existing = target.existing.get(comparison);
    if (existing === null) {
      plan.notes.push({
        comparison,
        message: 'its votes file does not validate; fix it by hand, then export again.',
        severity: 'error',
      });
      continue;
    }
    const counts: VotesData = new Map(existing);
    for (const row of rows) {
      if (!tools.includes(row.tool)) {
        plan.notes.push({
          comparison,
          message: `has votes for "${row.tool}", which is not one of its tools; left out.`,
          severity: 'warning',
        });
        continue;
      }
      counts.set(row.tool, { ship: row.ship, skip: row.skip });
    }
    const checked = votesSchema.safeParse(Object.fromEntries(counts));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      plan.notes.push({
        comparison,
        message: `counts fail the votes schema (${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}); nothing written.`,
        severity: 'error',
      });
      continue;
    }
    if (existing !== undefined && sameCounts(existing, checked.data)) {
      plan.unchanged++;
      continue;
    }
    plan.writes.push({
      comparison,
      text: votesYaml(comparison, tools, checked.data),
      tools,
      before: existing,
      after: checked.data,
    });
  }
  return plan;
}

/** The text of a votes file: the comparison's tools first in page order, then any others by name. */
export function votesYaml(comparison: string, tools: readonly string[], counts: VotesData): string {
  const order = [
    ...tools.filter((t) => counts.has(t)),
    ...[...counts.keys()].filter((t) => !tools.includes(t)).sort(),
  ];
  const lines = [
    `# Community votes on ${comparison}, exported from the vote database by \`npm run votes:export\`.`,
    ...order.map(
      (tool) => `${tool}: { ship: ${counts.get(tool)?.ship ?? 0}, skip: ${counts.get(tool)?.skip ?? 0} }`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function sameCounts(a: VotesData, b: VotesData): boolean {
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const key of keys) {
    if (a.get(key)?.ship !== b.get(key)?.ship || a.get(key)?.skip !== b.get(key)?.skip) return false;
  }
  return true;
}
