/**
 * The embedded vote store on Node's built-in `node:sqlite`: WAL mode, `synchronous=FULL`,
 * and group commit. Votes that arrive together share one transaction and one fsync, and
 * none is acknowledged before that commit is on disk, so an acknowledged vote survives a
 * crash or a power cut while the store still takes thousands of votes a second. The SQL is
 * the shared plan in src/core/votes/sql.ts.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
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
import type {
  ActivityRow,
  Ballot,
  CastResult,
  TallyRow,
  VoteState,
  VoteStore,
} from '../../core/votes/store.ts';
import { readMigrations } from '../migrations-folder.ts';

/** Where the embedded database lives unless `VOTES_DB` says otherwise (git-ignored). */
export const DEFAULT_DB_PATH = '.data/votes.sqlite';

/** Most votes one transaction takes; the rest wait for the next commit. */
const MAX_BATCH = 512;

/** How often the checkpoint thread copies the write-ahead log into the database file. */
const CHECKPOINT_EVERY_MS = 1000;

interface Pending {
  ballot: Ballot;
  resolve: (result: CastResult) => void;
  reject: (error: unknown) => void;
}

/** Answers one vote, once its batch is committed. */
type Settle = () => void;

/** The answer to a vote the database refused: a result when refused by rule, else the error. */
function failed(pending: Pending, error: unknown): Settle {
  const refused = castFailure(error);
  return () => (refused ? pending.resolve(refused) : pending.reject(error));
}

/** Opens (creating when needed) and migrates the database at `path`; `:memory:` works for tests. */
export function openSqliteStore(
  path: string,
  migrations: readonly Migration[] = readMigrations(),
): VoteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db, migrations);
  if (path === ':memory:') return new SqliteVoteStore(db, null);
  // Checkpoints run on their own thread: a commit then waits for its own fsync only.
  db.exec('PRAGMA wal_autocheckpoint = 0');
  const checkpointer = new Worker(new URL('./sqlite-checkpointer.ts', import.meta.url), {
    workerData: { path, everyMs: CHECKPOINT_EVERY_MS },
  });
  checkpointer.unref();
  return new SqliteVoteStore(db, checkpointer);
}

/** Applies pending migrations, each in its own transaction, recording them as wrangler does. */
function migrate(db: DatabaseSync, migrations: readonly Migration[]): void {
  run(db, MIGRATIONS_TABLE_SQL);
  for (const step of migrationPlan(migrations, all(db, APPLIED_MIGRATIONS))) {
    db.exec('BEGIN IMMEDIATE');
    try {
      for (const sql of step.statements) run(db, sql);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(`migration ${step.name} failed: ${(error as Error).message}`, { cause: error });
    }
  }
}

class SqliteVoteStore implements VoteStore {
  readonly #db: DatabaseSync;
  readonly #checkpointer: Worker | null;
  readonly #statements = new Map<string, StatementSync>();
  #queue: Pending[] = [];
  #scheduled = false;
  #closed = false;
  #prunedDay = '';

  constructor(db: DatabaseSync, checkpointer: Worker | null) {
    this.#db = db;
    this.#checkpointer = checkpointer;
  }

  cast(ballot: Ballot): Promise<CastResult> {
    if (this.#closed) return Promise.reject(new Error('the vote store is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ ballot, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // Requests already read from the sockets queue up before the commit; one fsync covers them all.
        setImmediate(() => this.#flush());
      }
    });
  }

  async read(comparison: string, voter: string | null): Promise<VoteState> {
    return readResult(
      voter,
      readPlan(comparison, voter).map((s) => this.#all(s)),
    );
  }

  async allTallies(): Promise<TallyRow[]> {
    return this.#all(ALL_TALLIES).map(tallyRow);
  }

  async activity(since: string): Promise<ActivityRow[]> {
    return this.#all(activityPlan(since)).map(activityRow);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#flush();
    this.#closed = true;
    if (this.#checkpointer) {
      const stopped = new Promise((done) => this.#checkpointer?.once('exit', done));
      this.#checkpointer.ref();
      this.#checkpointer.postMessage('stop');
      await stopped;
      // The last connection to close folds the log into the database file.
      this.#db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    }
    this.#db.close();
  }

  #flush(): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, MAX_BATCH);
      // Savepoints only when a vote failed after its write: the batch is then done again, one per vote.
      const outcomes =
        this.#commit(batch, false) ??
        this.#commit(batch, true) ??
        batch.map((pending) => () => pending.reject(new Error('the vote batch could not be committed')));
      // Acknowledge only after COMMIT returned: with synchronous=FULL the batch is on disk.
      for (const settle of outcomes) settle();
    }
  }

  /**
   * The batch as one transaction, and how to answer each vote once it is committed. Unguarded,
   * null when a vote failed after its write succeeded (everything is rolled back).
   */
  #commit(batch: readonly Pending[], guarded: boolean): Settle[] | null {
    const outcomes: Settle[] = [];
    const at = batch[0]?.ballot.at;
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      this.#prune(at);
      for (const pending of batch) {
        const settle = guarded ? this.#guardedCast(pending) : this.#cast(pending);
        if (settle === null) {
          this.#db.exec('ROLLBACK');
          return null;
        }
        outcomes.push(settle);
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      return batch.map((pending) => () => pending.reject(error));
    }
    this.#prunedDay = at?.slice(0, 10) ?? this.#prunedDay;
    return outcomes;
  }

  // A vote writes with one statement, and SQLite undoes a failed statement whole (triggers
  // included) while the transaction goes on: a refused vote leaves the rest of the batch intact.
  #cast(pending: Pending): Settle | null {
    const plan = castPlan(pending.ballot);
    try {
      this.#run(plan.write);
    } catch (error) {
      if (!this.#db.isTransaction) throw error;
      return failed(pending, error);
    }
    try {
      const result = this.#readBack(pending.ballot, plan.reads);
      return () => pending.resolve(result);
    } catch {
      return null;
    }
  }

  // A savepoint per vote: one that fails after its write leaves the others in the batch intact.
  #guardedCast(pending: Pending): Settle {
    this.#db.exec('SAVEPOINT vote');
    try {
      const plan = castPlan(pending.ballot);
      this.#run(plan.write);
      const result = this.#readBack(pending.ballot, plan.reads);
      this.#db.exec('RELEASE vote');
      return () => pending.resolve(result);
    } catch (error) {
      this.#db.exec('ROLLBACK TO vote');
      this.#db.exec('RELEASE vote');
      return failed(pending, error);
    }
  }

  /** What a written ballot did, read back inside its transaction. */
  #readBack(ballot: Ballot, reads: readonly SqlStatement[]): CastResult {
    return castResult(
      ballot,
      reads.map((s) => this.#all(s)),
    );
  }

  // Once a day, inside the first batch of the day: budgets of past days and expired ballots go.
  #prune(at: string | undefined): void {
    if (!at || at.slice(0, 10) === this.#prunedDay) return;
    for (const sql of prunePlan(Date.parse(at))) this.#run(sql);
  }

  #prepared(sql: string): StatementSync {
    let prepared = this.#statements.get(sql);
    if (!prepared) {
      prepared = this.#db.prepare(sql);
      this.#statements.set(sql, prepared);
    }
    return prepared;
  }

  #run(s: SqlStatement): void {
    this.#prepared(s.sql).run(...(s.params as SQLInputValue[]));
  }

  #all(s: SqlStatement): unknown[] {
    return this.#prepared(s.sql).all(...(s.params as SQLInputValue[]));
  }
}

function run(db: DatabaseSync, s: SqlStatement): void {
  db.prepare(s.sql).run(...(s.params as SQLInputValue[]));
}

function all(db: DatabaseSync, s: SqlStatement): unknown[] {
  return db.prepare(s.sql).all(...(s.params as SQLInputValue[]));
}

/** What an export reads from a vote database file, read-only (the server may keep running). */
export interface SqliteExport {
  tallies: TallyRow[];
  /** Null for a database from before ballots were logged. */
  activity: ActivityRow[] | null;
}

/** Every tally in a vote database, and the ballots since `since`, read-only. */
export function readSqliteExport(path: string, since: string): SqliteExport {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const logged = all(db, {
      sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ballots'",
      params: [],
    });
    return {
      tallies: all(db, ALL_TALLIES).map(tallyRow),
      activity: logged.length ? all(db, activityPlan(since)).map(activityRow) : null,
    };
  } finally {
    db.close();
  }
}
