/**
 * Group commit in the embedded store: votes that arrive together share one transaction, and a
 * vote that fails, by rule or otherwise, changes nothing while the others of its batch count.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { NETWORK_DAILY_BUDGET } from '../../src/core/votes/budget.ts';
import type { Ballot, VoteStore } from '../../src/core/votes/store.ts';
import { openSqliteStore } from '../../src/server/stores/sqlite.ts';

let dir: string;
let store: VoteStore;
let raw: DatabaseSync;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vote-batch-'));
  store = openSqliteStore(join(dir, 'votes.sqlite'));
  raw = new DatabaseSync(join(dir, 'votes.sqlite'));
});
afterEach(async () => {
  raw.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ballot = (comparison: string, n: number, network: string): Ballot => ({
  comparison,
  tool: 'a',
  voter: `voter-${String(n).padStart(16, '0')}`,
  call: 'ship',
  at: '2026-11-23T12:00:00.000Z',
  network: network.padEnd(16, '0'),
  requestKey: null,
});

const count = (sql: string, ...params: string[]): number => Number(raw.prepare(sql).get(...params)?.['n']);

it('counts a batch up to the budget of each network and refuses the rest of it, nothing else', async () => {
  const crowd = Array.from({ length: NETWORK_DAILY_BUDGET + 2 }, (_, n) => ballot('x-vs-y', n, 'office'));
  const others = Array.from({ length: 3 }, (_, n) => ballot('x-vs-y', 100 + n, `home-${n}`));
  // Cast in one tick: one batch, one transaction.
  const results = await Promise.all([...crowd, ...others].map((b) => store.cast(b)));
  expect(results.filter((r) => r.kind === 'counted')).toHaveLength(NETWORK_DAILY_BUDGET + 3);
  expect(results.slice(NETWORK_DAILY_BUDGET, NETWORK_DAILY_BUDGET + 2).map((r) => r.kind)).toEqual([
    'budget-spent',
    'budget-spent',
  ]);
  expect((await store.read('x-vs-y', null)).tallies).toEqual([
    { comparison: 'x-vs-y', tool: 'a', ship: NETWORK_DAILY_BUDGET + 3, skip: 0 },
  ]);
  expect(count('SELECT COUNT(*) AS n FROM ballots')).toBe(NETWORK_DAILY_BUDGET + 3);
});

it('undoes a vote that fails after its write, and still counts the others of its batch', async () => {
  // A tally row no read can decode: the vote on that comparison is written, then its answer fails.
  raw.prepare("INSERT INTO tallies (comparison, tool, ship, skip) VALUES ('bad-vs-row', X'00', 0, 0)").run();
  const [before, broken, after] = await Promise.allSettled([
    store.cast(ballot('p-vs-q', 1, 'first')),
    store.cast(ballot('bad-vs-row', 2, 'second')),
    store.cast(ballot('p-vs-q', 3, 'third')),
  ]);
  expect(before).toMatchObject({ status: 'fulfilled', value: { kind: 'counted' } });
  expect(broken?.status).toBe('rejected');
  expect(after).toMatchObject({ status: 'fulfilled', value: { kind: 'counted' } });
  expect(count("SELECT COUNT(*) AS n FROM ballots WHERE comparison = 'bad-vs-row'")).toBe(0);
  expect(count("SELECT COUNT(*) AS n FROM votes WHERE comparison = 'bad-vs-row'")).toBe(0);
  expect(count("SELECT COUNT(*) AS n FROM network_spend WHERE comparison = 'bad-vs-row'")).toBe(0);
  expect(count("SELECT COUNT(*) AS n FROM ballots WHERE comparison = 'p-vs-q'")).toBe(2);
});

it('leaves every vote in the database file once closed, with the write-ahead log folded in', async () => {
  await Promise.all(Array.from({ length: 20 }, (_, n) => store.cast(ballot('w-vs-z', n, `net-${n}`))));
  raw.close();
  await store.close();
  const path = join(dir, 'votes.sqlite');
  expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
  const reopened = new DatabaseSync(path, { readOnly: true });
  expect(Number(reopened.prepare('SELECT COUNT(*) AS n FROM votes').get()?.['n'])).toBe(20);
  reopened.close();
  raw = new DatabaseSync(path);
});
