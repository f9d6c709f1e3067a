/**
 * The vote store on Cloudflare D1. Each cast is one `batch` (a single transaction): the write
 * and the reads that answer it. Migrations are applied by `wrangler d1 migrations apply`
 * from the same folder the embedded store uses; `applyD1Migrations` serves local tests.
 */
import {
  MIGRATIONS_TABLE,
  MIGRATIONS_TABLE_SQL,
  pendingMigrations,
  splitStatements,
  type Migration,
} from '../../core/votes/migrations.ts';
import type { Ballot, StandingCall, TallyRow, VoteState, VoteStore } from '../../core/votes/store.ts';
import type { Verdict } from '../../core/vocabulary.ts';

/** The part of D1's binding this store uses (structurally the `D1Database` of Workers). */
export interface D1Like {
  prepare(sql: string): D1StatementLike;
  batch(statements: D1StatementLike[]): Promise<{ results: unknown[] }[]>;
}

/** The part of a D1 prepared statement this store uses. */
interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all(): Promise<{ results: unknown[] }>;
  run(): Promise<unknown>;
}

const UPSERT = `INSERT INTO votes (comparison, tool, voter, call, cast_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (voter, comparison, tool) DO UPDATE SET call = excluded.call, cast_at = excluded.cast_at
  WHERE call <> excluded.call`;
const WITHDRAW = 'DELETE FROM votes WHERE voter = ? AND comparison = ? AND tool = ?';
const TALLIES = 'SELECT comparison, tool, ship, skip FROM tallies WHERE comparison = ? ORDER BY tool';
const YOURS = 'SELECT tool, call FROM votes WHERE voter = ? AND comparison = ? ORDER BY tool';
const ALL = 'SELECT comparison, tool, ship, skip FROM tallies ORDER BY comparison, tool';

/** A vote store on a D1 binding. */
export function d1Store(db: D1Like): VoteStore {
  return {
    async cast({ comparison, tool, voter, call, at }: Ballot): Promise<VoteState> {
      const write =
        call === null
          ? db.prepare(WITHDRAW).bind(voter, comparison, tool)
          : db.prepare(UPSERT).bind(comparison, tool, voter, call, at);
      const [, tallies, yours] = await db.batch([
        write,
        db.prepare(TALLIES).bind(comparison),
        db.prepare(YOURS).bind(voter, comparison),
      ]);
      return { tallies: rows(tallies).map(tallyRow), yours: rows(yours).map(standingCall) };
    },
    async read(comparison, voter) {
      if (voter === null) {
        return {
          tallies: (await db.prepare(TALLIES).bind(comparison).all()).results.map(tallyRow),
          yours: null,
        };
      }
      const [tallies, yours] = await db.batch([
        db.prepare(TALLIES).bind(comparison),
        db.prepare(YOURS).bind(voter, comparison),
      ]);
      return { tallies: rows(tallies).map(tallyRow), yours: rows(yours).map(standingCall) };
    },
    async allTallies() {
      return (await db.prepare(ALL).all()).results.map(tallyRow);
    },
    async close() {},
  };
}

/** Applies pending migrations to a D1 database, one batch (one transaction) per file. */
export async function applyD1Migrations(db: D1Like, migrations: readonly Migration[]): Promise<string[]> {
  await db.prepare(MIGRATIONS_TABLE_SQL).run();
  const applied = new Set(
    (await db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE}`).all()).results.map((row) =>
      String((row as Record<string, unknown>)['name']),
    ),
  );
  const done: string[] = [];
  for (const migration of pendingMigrations(migrations, applied)) {
    await db.batch([
      ...splitStatements(migration.sql).map((sql) => db.prepare(sql)),
      db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name) VALUES (?)`).bind(migration.name),
    ]);
    done.push(migration.name);
  }
  return done;
}

function rows(result: { results: unknown[] } | undefined): unknown[] {
  return result?.results ?? [];
}

function tallyRow(value: unknown): TallyRow {
  const row = value as Record<string, unknown>;
  return {
    comparison: String(row['comparison']),
    tool: String(row['tool']),
    ship: Number(row['ship']),
    skip: Number(row['skip']),
  };
}

function standingCall(value: unknown): StandingCall {
  const row = value as Record<string, unknown>;
  return { tool: String(row['tool']), call: row['call'] as Verdict };
}
