/**
 * The contract every vote store meets, run against each adapter: standing votes replace and
 * withdraw, tallies follow, a retried ballot is not counted twice, and the database itself holds
 * the rules: one standing vote per voter and tool, calls that are ship or skip, votes that change
 * only through ballots, and a daily budget per network and comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_DAILY_BUDGET } from '../../../src/core/votes/budget.ts';
import type { Ballot, CastResult, VoteState, VoteStore } from '../../../src/core/votes/store.ts';

/** A store under test plus raw SQL on the same database, to prove constraints live there. */
export interface StoreUnderTest {
  store: VoteStore;
  sql: (statement: string, ...params: unknown[]) => Promise<void>;
  dispose: () => Promise<void>;
}

const at = '2026-11-23T12:00:00.000Z';
let counter = 0;
/** A comparison no other case touches, so cases share one database. */
const fresh = (): string => `c${++counter}-vs-other`;
const voter = (n: number): string => `voter-${String(n).padStart(16, '0')}`;
const network = (n: number): string => `network-${String(n).padStart(16, '0')}`;
const ballot = (
  comparison: string,
  tool: string,
  who: number,
  call: Ballot['call'],
  extra: Partial<Ballot> = {},
): Ballot => ({
  comparison,
  tool,
  voter: voter(who),
  call,
  at,
  network: network(who),
  requestKey: null,
  ...extra,
});

/** The state a cast answered with; fails the test when the cast was not counted. */
function counted(result: CastResult): VoteState {
  expect(result.kind).toBe('counted');
  return result.kind === 'counted' ? result.state : { tallies: [], yours: [] };
}

/** Registers the contract suite for one adapter. */
export function voteStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name} vote store`, () => {
    let subject: StoreUnderTest;
    beforeAll(async () => {
      subject = await open();
    }, 60_000);
    afterAll(async () => {
      await subject?.dispose();
    });
    const cast = async (b: Ballot): Promise<VoteState> => counted(await subject.store.cast(b));

    it('counts a first call and answers with the voter’s standing calls', async () => {
      const c = fresh();
      const state = await cast(ballot(c, 'a', 1, 'ship'));
      expect(state.tallies).toEqual([{ comparison: c, tool: 'a', ship: 1, skip: 0 }]);
      expect(state.yours).toEqual([{ tool: 'a', call: 'ship' }]);
    });

    it.each([
      ['the same call again', ['ship', 'ship'], { ship: 1, skip: 0 }, 'ship'],
      ['a changed call', ['ship', 'skip'], { ship: 0, skip: 1 }, 'skip'],
      ['a withdrawn call', ['ship', null], { ship: 0, skip: 0 }, null],
      ['a call after a withdrawal', ['skip', null, 'ship'], { ship: 1, skip: 0 }, 'ship'],
      ['a withdrawal with nothing standing', [null], null, null],
    ] as const)('keeps one standing vote per voter and tool: %s', async (_name, calls, counts, standing) => {
      const c = fresh();
      let state = await subject.store.read(c, voter(2));
      for (const call of calls) state = await cast(ballot(c, 'a', 2, call));
      expect(state.tallies).toEqual(counts === null ? [] : [{ comparison: c, tool: 'a', ...counts }]);
      expect(state.yours).toEqual(standing === null ? [] : [{ tool: 'a', call: standing }]);
    });

    it('counts voters and tools apart, and reads without a voter', async () => {
      const c = fresh();
      await Promise.all([
        cast(ballot(c, 'a', 3, 'ship')),
        cast(ballot(c, 'a', 4, 'ship')),
        cast(ballot(c, 'a', 5, 'skip')),
        cast(ballot(c, 'b', 3, 'skip')),
      ]);
      const anonymous = await subject.store.read(c, null);
      expect(anonymous.yours).toBeNull();
      expect(anonymous.tallies).toEqual([
        { comparison: c, tool: 'a', ship: 2, skip: 1 },
        { comparison: c, tool: 'b', ship: 0, skip: 1 },
      ]);
      expect((await subject.store.read(c, voter(3))).yours).toEqual([
        { tool: 'a', call: 'ship' },
        { tool: 'b', call: 'skip' },
      ]);
    });

    it('lists every tally for exports, sorted', async () => {
      await cast(ballot(fresh(), 'b', 30, 'ship'));
      await cast(ballot(fresh(), 'a', 31, 'skip'));
      const all = await subject.store.allTallies();
      const keys = all.map((row) => `${row.comparison}/${row.tool}`);
      expect(all.length).toBeGreaterThan(0);
      expect(keys).toEqual([...keys].sort());
      expect(all.every((row) => row.ship >= 0 && row.skip >= 0)).toBe(true);
    });

    it('answers a retry of a stored ballot with the first try’s voter, counting nothing new', async () => {
      const c = fresh();
      const key = 'k'.repeat(43);
      const first = await subject.store.cast(ballot(c, 'a', 10, 'ship', { requestKey: key }));
      expect(first).toMatchObject({ kind: 'counted', voter: voter(10) });
      // The retry never got the first answer's cookie, so it comes as a new voter with the same key.
      const retry = await subject.store.cast(ballot(c, 'a', 11, 'ship', { requestKey: key }));
      expect(retry).toEqual({
        kind: 'replayed',
        voter: voter(10),
        state: {
          tallies: [{ comparison: c, tool: 'a', ship: 1, skip: 0 }],
          yours: [{ tool: 'a', call: 'ship' }],
        },
      });
      expect(await subject.store.cast(ballot(c, 'a', 12, 'skip', { requestKey: key }))).toEqual({
        kind: 'key-reused',
      });
      expect((await subject.store.read(c, null)).tallies).toEqual([
        { comparison: c, tool: 'a', ship: 1, skip: 0 },
      ]);
    });

    it(`refuses a network's change number ${NETWORK_DAILY_BUDGET + 1} on one comparison in one day, and nothing else`, async () => {
      const c = fresh();
      const other = fresh();
      const shared = network(99);
      // Changing a call spends budget like casting one; repeating a call spends nothing.
      await cast(ballot(c, 'a', 1000, 'ship', { network: shared }));
      await cast(ballot(c, 'a', 1000, 'ship', { network: shared }));
      await cast(ballot(c, 'a', 1000, 'skip', { network: shared }));
      for (let n = 2; n < NETWORK_DAILY_BUDGET; n++)
        await cast(ballot(c, 'b', 1000 + n, 'ship', { network: shared }));
      expect(await subject.store.cast(ballot(c, 'b', 2000, 'ship', { network: shared }))).toEqual({
        kind: 'budget-spent',
      });
      expect(await subject.store.cast(ballot(c, 'a', 1000, null, { network: shared }))).toEqual({
        kind: 'budget-spent',
      });
      expect((await subject.store.read(c, null)).tallies).toEqual([
        { comparison: c, tool: 'a', ship: 0, skip: 1 },
        { comparison: c, tool: 'b', ship: NETWORK_DAILY_BUDGET - 2, skip: 0 },
      ]);
      // Another network, another comparison and the next day each have their own budget.
      await cast(ballot(c, 'b', 2001, 'ship', { network: network(98) }));
      await cast(ballot(other, 'b', 2002, 'ship', { network: shared }));
      await cast(ballot(c, 'b', 2003, 'ship', { network: shared, at: '2026-11-24T00:00:00.000Z' }));
      expect((await subject.store.read(c, null)).tallies[1]?.ship).toBe(NETWORK_DAILY_BUDGET);
      const days = (await subject.store.activity('2026-11-23T00:00:00.000Z')).filter(
        (r) => r.comparison === c,
      );
      expect(days.map((r) => [r.day, r.ballots, r.networks, r.topNetwork, r.networksAtBudget])).toEqual([
        ['2026-11-23', NETWORK_DAILY_BUDGET + 1, 2, NETWORK_DAILY_BUDGET, 1],
        ['2026-11-24', 1, 1, 1, 0],
      ]);
    });

    it('reads activity per comparison and day: changes, voters, networks, the busiest network and minute', async () => {
      const c = fresh();
      await cast(ballot(c, 'a', 20, 'ship', { network: network(1), at: '2026-11-20T10:00:00.000Z' }));
      await cast(ballot(c, 'a', 20, 'skip', { network: network(1), at: '2026-11-20T10:00:30.000Z' }));
      await cast(ballot(c, 'b', 21, 'ship', { network: network(1), at: '2026-11-20T10:05:00.000Z' }));
      await cast(ballot(c, 'b', 22, 'ship', { network: network(2), at: '2026-11-20T11:00:00.000Z' }));
      await cast(ballot(c, 'a', 20, 'ship', { network: network(3), at: '2026-11-21T09:00:00.000Z' }));
      const rows = (await subject.store.activity('2026-11-20T00:00:00.000Z')).filter(
        (r) => r.comparison === c,
      );
      expect(rows).toEqual([
        {
          comparison: c,
          day: '2026-11-20',
          ballots: 4,
          voters: 3,
          windowVoters: 3,
          networks: 2,
          topNetwork: 3,
          topMinute: 2,
          networksAtBudget: 0,
        },
        {
          comparison: c,
          day: '2026-11-21',
          ballots: 1,
          voters: 1,
          windowVoters: 3,
          networks: 1,
          topNetwork: 1,
          topMinute: 1,
          networksAtBudget: 0,
        },
      ]);
      expect(
        (await subject.store.activity('2026-11-21T00:00:00.000Z')).filter((r) => r.comparison === c),
      ).toHaveLength(1);
    });

    it('the database refuses to change a standing vote except through a ballot', async () => {
      const c = fresh();
      await cast(ballot(c, 'a', 6, 'ship'));
      await expect(
        subject.sql(
          'INSERT INTO votes (comparison, tool, voter, call, cast_at) VALUES (?, ?, ?, ?, ?)',
          c,
          'a',
          voter(7),
          'skip',
          at,
        ),
      ).rejects.toThrow(/only through ballots/);
      await expect(subject.sql('UPDATE votes SET call = ? WHERE comparison = ?', 'skip', c)).rejects.toThrow(
        /only through ballots/,
      );
      await expect(subject.sql('DELETE FROM votes WHERE comparison = ?', c)).rejects.toThrow(
        /only through ballots/,
      );
      expect((await subject.store.read(c, null)).tallies).toEqual([
        { comparison: c, tool: 'a', ship: 1, skip: 0 },
      ]);
    });

    it.each(['maybe', 'SHIP', ''])('the database refuses a ballot with the call %j', async (call) => {
      await expect(
        subject.sql(
          'INSERT INTO ballots (comparison, tool, voter, call, network, cast_at) VALUES (?, ?, ?, ?, ?, ?)',
          fresh(),
          'a',
          voter(7),
          call,
          network(7),
          at,
        ),
      ).rejects.toThrow(/CHECK/i);
    });

    it('the database never moves a vote to another tool or lets a tally go negative', async () => {
      const c = fresh();
      await cast(ballot(c, 'a', 8, 'ship'));
      await expect(subject.sql('UPDATE votes SET tool = ? WHERE comparison = ?', 'b', c)).rejects.toThrow(
        /never moves/,
      );
      await expect(subject.sql('UPDATE tallies SET ship = -1 WHERE comparison = ?', c)).rejects.toThrow(
        /CHECK/i,
      );
    });
  });
}
