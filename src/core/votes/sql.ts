/**
 * The SQL every vote store runs, as plain statements with their parameters, and the decoding of
 * what comes back. The embedded store (node:sqlite) and the D1 store only execute these, so both
 * answer the same way. Rows are read as hostile: a value of the wrong shape throws.
 */
import { VERDICTS } from '../vocabulary.ts';
import { isBudgetSpent, NETWORK_DAILY_BUDGET } from './budget.ts';
import { MIGRATIONS_TABLE, pendingMigrations, splitStatements, type Migration } from './migrations.ts';
import type { ActivityRow, Ballot, CastResult, StandingCall, TallyRow, VoteState } from './store.ts';

/** A value bound to a statement. */
type SqlValue = string | number | null;

/** One statement and its parameters. */
export interface SqlStatement {
  sql: string;
  params: readonly SqlValue[];
}

const statement = (sql: string, ...params: SqlValue[]): SqlStatement => ({ sql, params });

/** How long the ballot log is kept for export reports, in days; a retry key expires with its ballot. */
const BALLOT_RETENTION_DAYS = 35;

// A retried ballot (same request key) inserts nothing; the triggers of migrations/0002 apply the
// rest and refuse a ballot past the network's daily budget.
const INSERT_BALLOT = `INSERT INTO ballots (comparison, tool, voter, call, network, cast_at, request_key)
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) WHERE request_key IS NOT NULL DO NOTHING`;
const BALLOT_BY_KEY = 'SELECT voter, comparison, tool, call FROM ballots WHERE request_key = ?';
const TALLIES = 'SELECT comparison, tool, ship, skip FROM tallies WHERE comparison = ? ORDER BY tool';
const YOURS = 'SELECT tool, call FROM votes WHERE voter = ? AND comparison = ? ORDER BY tool';
// The calls of the voter the request key belongs to (the first try's), else of the ballot's voter.
const YOURS_AFTER_CAST = `SELECT tool, call FROM votes
  WHERE voter = COALESCE((SELECT voter FROM ballots WHERE request_key = ?), ?) AND comparison = ? ORDER BY tool`;

/** Every tally, for exports. */
export const ALL_TALLIES = statement(
  'SELECT comparison, tool, ship, skip FROM tallies ORDER BY comparison, tool',
);

/**
 * The statements of one cast: the write, then the reads `castResult` decodes. Without a retry key
 * there is no earlier try to look for: the reads are the tallies and the voter's own calls.
 */
export function castPlan(ballot: Ballot): { write: SqlStatement; reads: SqlStatement[] } {
  const { comparison, tool, voter, call, network, at, requestKey } = ballot;
  const write = statement(INSERT_BALLOT, comparison, tool, voter, call, network, at, requestKey);
  if (requestKey === null) {
    return { write, reads: [statement(TALLIES, comparison), statement(YOURS, voter, comparison)] };
  }
  return {
    write,
    reads: [
      statement(BALLOT_BY_KEY, requestKey),
      statement(TALLIES, comparison),
      statement(YOURS_AFTER_CAST, requestKey, voter, comparison),
    ],
  };
}

/** What a cast did, from the rows its reads returned (in `castPlan` order). */
export function castResult(ballot: Ballot, rows: readonly unknown[][]): CastResult {
  const [byKey, tallies, yours] = ballot.requestKey === null ? [[], ...rows] : rows;
  const state: VoteState = { tallies: (tallies ?? []).map(tallyRow), yours: (yours ?? []).map(standingCall) };
  const first = byKey?.[0];
  if (first === undefined) return { kind: 'counted', voter: ballot.voter, state };
  const stored = record(first, 'ballots');
  const voter = text(stored, 'voter');
  // New voter ids are 128 random bits: the key row names this ballot's voter only when it is this ballot.
  if (voter === ballot.voter) return { kind: 'counted', voter, state };
  const same =
    text(stored, 'comparison') === ballot.comparison &&
    text(stored, 'tool') === ballot.tool &&
    (stored['call'] ?? null) === ballot.call;
  return same ? { kind: 'replayed', voter, state } : { kind: 'key-reused' };
}

/** A cast's failure as a result when the database refused it by rule, or null when it is an error. */
export function castFailure(error: unknown): CastResult | null {
  return isBudgetSpent(error) ? { kind: 'budget-spent' } : null;
}

/** The statements of a read: tallies, then the voter's calls when there is a voter. */
export function readPlan(comparison: string, voter: string | null): SqlStatement[] {
  const tallies = statement(TALLIES, comparison);
  return voter === null ? [tallies] : [tallies, statement(YOURS, voter, comparison)];
}

/** A read's state, from the rows its statements returned. */
export function readResult(voter: string | null, [tallies, yours]: readonly unknown[][]): VoteState {
  return {
    tallies: (tallies ?? []).map(tallyRow),
    yours: voter === null ? null : (yours ?? []).map(standingCall),
  };
}

/**
 * Ballots since an ISO time, per comparison and day: counts only, no voter or network leaves.
 * Each ballot spent one unit of its network's budget, so a network with a budget's worth of
 * ballots on a comparison in a day spent all of it. Grouped and joined, never correlated, so the
 * log is read a fixed number of times however many comparisons it holds.
 */
export function activityPlan(since: string): SqlStatement {
  return statement(
    `WITH recent AS (
       SELECT comparison, substr(cast_at, 1, 10) AS day, substr(cast_at, 1, 16) AS minute, voter, network
       FROM ballots WHERE cast_at >= ?
     ),
     per_network AS (SELECT comparison, day, COUNT(*) AS n FROM recent GROUP BY comparison, day, network),
     per_minute AS (SELECT comparison, day, COUNT(*) AS n FROM recent GROUP BY comparison, day, minute),
     network_days AS (
       SELECT comparison, day, COUNT(*) AS networks, MAX(n) AS top_network,
         SUM(n >= ${NETWORK_DAILY_BUDGET}) AS at_budget
       FROM per_network GROUP BY comparison, day
     ),
     minute_days AS (SELECT comparison, day, MAX(n) AS top_minute FROM per_minute GROUP BY comparison, day),
     voter_days AS (
       SELECT comparison, day, COUNT(*) AS ballots, COUNT(DISTINCT voter) AS voters
       FROM recent GROUP BY comparison, day
     ),
     window_voters AS (SELECT comparison, COUNT(DISTINCT voter) AS n FROM recent GROUP BY comparison)
     SELECT v.comparison, v.day, v.ballots, v.voters, w.n AS window_voters, d.networks,
       d.top_network, m.top_minute, d.at_budget
     FROM voter_days v
     JOIN network_days d ON d.comparison = v.comparison AND d.day = v.day
     JOIN minute_days m ON m.comparison = v.comparison AND m.day = v.day
     JOIN window_voters w ON w.comparison = v.comparison
     ORDER BY v.comparison, v.day`,
    since,
  );
}

/** Statements that drop what is past its use: yesterday's budgets and ballots past retention. */
export function prunePlan(nowMs: number): SqlStatement[] {
  const day = 24 * 60 * 60 * 1000;
  const yesterday = new Date(nowMs - day).toISOString().slice(0, 10);
  const retained = new Date(nowMs - BALLOT_RETENTION_DAYS * day).toISOString();
  return [
    statement('DELETE FROM network_spend WHERE day < ?', yesterday),
    statement('DELETE FROM ballots WHERE cast_at < ?', retained),
  ];
}

/** The bookkeeping table's names, read before planning. */
export const APPLIED_MIGRATIONS = statement(`SELECT name FROM ${MIGRATIONS_TABLE}`);

/** Creates the bookkeeping table (wrangler's own name and shape) when it is missing. */
export const MIGRATIONS_TABLE_SQL = statement(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`);

/** One migration to apply as one transaction: its statements, then its record. */
export interface MigrationStep {
  name: string;
  statements: SqlStatement[];
}

/** The migrations still to apply, in file order, each as statements ending with its bookkeeping row. */
export function migrationPlan(all: readonly Migration[], appliedRows: readonly unknown[]): MigrationStep[] {
  const applied = new Set(appliedRows.map((row) => text(record(row, MIGRATIONS_TABLE), 'name')));
  return pendingMigrations(all, applied).map((migration) => ({
    name: migration.name,
    statements: [
      ...splitStatements(migration.sql).map((sql) => statement(sql)),
      statement(`INSERT INTO ${MIGRATIONS_TABLE} (name) VALUES (?)`, migration.name),
    ],
  }));
}

/** One row of `tallies`. */
export function tallyRow(value: unknown): TallyRow {
  const row = record(value, 'tallies');
  return {
    comparison: text(row, 'comparison'),
    tool: text(row, 'tool'),
    ship: count(row, 'ship'),
    skip: count(row, 'skip'),
  };
}

function standingCall(value: unknown): StandingCall {
  const row = record(value, 'votes');
  const call = row['call'];
  if (!VERDICTS.includes(call as never)) throw new Error('a votes row holds a call that is not ship or skip');
  return { tool: text(row, 'tool'), call: call as StandingCall['call'] };
}

/** One row of the activity read. */
export function activityRow(value: unknown): ActivityRow {
  const row = record(value, 'activity');
  return {
    comparison: text(row, 'comparison'),
    day: text(row, 'day'),
    ballots: count(row, 'ballots'),
    voters: count(row, 'voters'),
    windowVoters: count(row, 'window_voters'),
    networks: count(row, 'networks'),
    topNetwork: count(row, 'top_network'),
    topMinute: count(row, 'top_minute'),
    networksAtBudget: count(row, 'at_budget'),
  };
}

function record(value: unknown, table: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object') throw new Error(`a ${table} row is not a row`);
  return value as Record<string, unknown>;
}

function text(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`column ${column} holds no text`);
  return value;
}

function count(row: Record<string, unknown>, column: string): number {
  const value = typeof row[column] === 'bigint' ? Number(row[column]) : row[column];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`column ${column} holds no count`);
  }
  return value;
}
