/**
 * The vote store on Cloudflare D1. Each cast is one `batch` (a single transaction): the write
 * and the reads that answer it. Migrations are applied by `wrangler d1 migrations apply`
 * from the same folder the embedded store uses; `applyD1Migrations` serves local tests. The SQL
 * is the shared plan in src/core/votes/sql.ts.
 */
import type { Migration } from '../../core/votes/migrations.ts';
import {
  activityPlan,
  activityRow,
  ALL_TALLIES,
  APPLIED_MIGRATIONS,
  castFailure,
  castPlan,
  castResult,
  migrationPlan,
  MIGRATIONS_TABLE_SQL,
  prunePlan,
  readPlan,
  readResult,
  tallyRow,
  type SqlStatement,
} from '../../core/votes/sql.ts';
import type { VoteStore } from '../../core/votes/store.ts';

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

/** A vote store on a D1 binding. */
export function d1Store(db: D1Like): VoteStore {
  const bound = (s: SqlStatement): D1StatementLike => db.prepare(s.sql).bind(...s.params);
  const batch = async (statements: SqlStatement[]): Promise<unknown[][]> =>
    (await db.batch(statements.map(bound))).map((result) => result?.results ?? []);
  // Each isolate prunes once a day, inside its first cast of the day.
  let prunedDay = '';
  return {
    async cast(ballot) {
      const plan = castPlan(ballot);
      const day = ballot.at.slice(0, 10);
      const prune = day === prunedDay ? [] : prunePlan(Date.parse(ballot.at));
      try {
        const results = await batch([...prune, plan.write, ...plan.reads]);
        prunedDay = day;
        return castResult(ballot, results.slice(prune.length + 1));
      } catch (error) {
        const refused = castFailure(error);
        if (refused) return refused;
        throw error;
      }
    },
    async read(comparison, voter) {
      return readResult(voter, await batch(readPlan(comparison, voter)));
    },
    async allTallies() {
      return (await batch([ALL_TALLIES]))[0]?.map(tallyRow) ?? [];
    },
    async activity(since) {
      return (await batch([activityPlan(since)]))[0]?.map(activityRow) ?? [];
    },
    async close() {},
  };
}

/** Applies pending migrations to a D1 database, one batch (one transaction) per file. */
export async function applyD1Migrations(db: D1Like, migrations: readonly Migration[]): Promise<string[]> {
  await db.prepare(MIGRATIONS_TABLE_SQL.sql).run();
  const applied = (await db.prepare(APPLIED_MIGRATIONS.sql).all()).results;
  const done: string[] = [];
  for (const step of migrationPlan(migrations, applied)) {
    await db.batch(step.statements.map((s) => db.prepare(s.sql).bind(...s.params)));
    done.push(step.name);
  }
  return done;
}
