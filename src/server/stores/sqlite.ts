/**
 * The embedded vote store on Node's built-in `node:sqlite`: WAL mode, `synchronous=FULL`,
 * and group commit. Votes that arrive together share one transaction and one fsync, and
 * none is acknowledged before that commit is on disk, so an acknowledged vote survives a
 * crash or a power cut while the store still takes thousands of votes a second.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  MIGRATIONS_TABLE,
  MIGRATIONS_TABLE_SQL,
  pendingMigrations,
  type Migration,
} from '../../core/votes/migrations.ts';
import type { Ballot, StandingCall, TallyRow, VoteState, VoteStore } from '../../core/votes/store.ts';
import type { Verdict } from '../../core/vocabulary.ts';
import { readMigrations } from '../migrations-folder.ts';

/** Where the embedded database lives unless `VOTES_DB` says otherwise (git-ignored). */
export const DEFAULT_DB_PATH = '.data/votes.sqlite';

/** Most votes one transaction takes; the rest wait for the next commit. */
const MAX_BATCH = 512;

interface Pending {
  ballot: Ballot;
  resolve: (state: VoteState) => void;
  reject: (error: unknown) => void;
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
  return new SqliteVoteStore(db);
}

/** Applies pending migrations, each in its own transaction, recording them as wrangler does. */
function migrate(db: DatabaseSync, migrations: readonly Migration[]): void {
  db.exec(MIGRATIONS_TABLE_SQL);
  const applied = new Set(
    db
      .prepare(`SELECT name FROM ${MIGRATIONS_TABLE}`)
      .all()
      .map((row) => String(row['name'])),
  );
  for (const migration of pendingMigrations(migrations, applied)) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name) VALUES (?)`).run(migration.name);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    }
  }
}

class SqliteVoteStore implements VoteStore {
  readonly #db: DatabaseSync;
  readonly #upsert: StatementSync;
  readonly #withdraw: StatementSync;
  readonly #tallies: StatementSync;
  readonly #yours: StatementSync;
  readonly #all: StatementSync;
  #queue: Pending[] = [];
  #scheduled = false;
  #closed = false;

  constructor(db: DatabaseSync) {
    this.#db = db;
    // The update fires only when the call changes, so a repeated call costs no tally work.
    this.#upsert = db.prepare(
      `INSERT INTO votes (comparison, tool, voter, call, cast_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (voter, comparison, tool) DO UPDATE SET call = excluded.call, cast_at = excluded.cast_at
       WHERE call <> excluded.call`,
    );
    this.#withdraw = db.prepare('DELETE FROM votes WHERE voter = ? AND comparison = ? AND tool = ?');
    this.#tallies = db.prepare(
      'SELECT comparison, tool, ship, skip FROM tallies WHERE comparison = ? ORDER BY tool',
    );
    this.#yours = db.prepare('SELECT tool, call FROM votes WHERE voter = ? AND comparison = ? ORDER BY tool');
    this.#all = db.prepare('SELECT comparison, tool, ship, skip FROM tallies ORDER BY comparison, tool');
  }

  cast(ballot: Ballot): Promise<VoteState> {
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
    return this.#state(comparison, voter);
  }

  async allTallies(): Promise<TallyRow[]> {
    return this.#all.all().map(tallyRow);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#flush();
    this.#closed = true;
    this.#db.close();
  }

  #flush(): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, MAX_BATCH);
      const outcomes: (() => void)[] = [];
      try {
        this.#db.exec('BEGIN IMMEDIATE');
        for (const pending of batch) {
          // A savepoint per vote: one that fails leaves the others in the batch intact.
          this.#db.exec('SAVEPOINT vote');
          try {
            this.#apply(pending.ballot);
            const state = this.#state(pending.ballot.comparison, pending.ballot.voter);
            this.#db.exec('RELEASE vote');
            outcomes.push(() => pending.resolve(state));
          } catch (error) {
            this.#db.exec('ROLLBACK TO vote');
            this.#db.exec('RELEASE vote');
            outcomes.push(() => pending.reject(error));
          }
        }
        this.#db.exec('COMMIT');
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
        for (const pending of batch) pending.reject(error);
        continue;
      }
      // Acknowledge only after COMMIT returned: with synchronous=FULL the batch is on disk.
      for (const settle of outcomes) settle();
    }
  }

  #apply({ comparison, tool, voter, call, at }: Ballot): void {
    if (call === null) this.#withdraw.run(voter, comparison, tool);
    else this.#upsert.run(comparison, tool, voter, call, at);
  }

  #state(comparison: string, voter: string | null): VoteState {
    return {
      tallies: this.#tallies.all(comparison).map(tallyRow),
      yours: voter === null ? null : this.#yours.all(voter, comparison).map(standingCall),
    };
  }
}

function tallyRow(row: Record<string, unknown>): TallyRow {
  return {
    comparison: String(row['comparison']),
    tool: String(row['tool']),
    ship: Number(row['ship']),
    skip: Number(row['skip']),
  };
}

function standingCall(row: Record<string, unknown>): StandingCall {
  return { tool: String(row['tool']), call: row['call'] as Verdict };
}

/** Every tally in a vote database, read-only (for exports while the server keeps running). */
export function readSqliteTallies(path: string): TallyRow[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db
      .prepare('SELECT comparison, tool, ship, skip FROM tallies ORDER BY comparison, tool')
      .all()
      .map(tallyRow);
  } finally {
    db.close();
  }
}
