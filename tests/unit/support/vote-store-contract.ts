/**
 * The contract every vote store meets, run against each adapter: standing votes replace and
 * withdraw, tallies follow, and the database itself refuses a second standing vote or a bad call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ballot, VoteStore } from '../../../src/core/votes/store.ts';

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
const ballot = (comparison: string, tool: string, who: number, call: Ballot['call']): Ballot => ({
  comparison,
  tool,
  voter: voter(who),
  call,
  at,
});

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

    it('counts a first call and answers with the voter’s standing calls', async () => {
      const c = fresh();
      const state = await subject.store.cast(ballot(c, 'a', 1, 'ship'));
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
      for (const call of calls) state = await subject.store.cast(ballot(c, 'a', 2, call));
      expect(state.tallies).toEqual(counts === null ? [] : [{ comparison: c, tool: 'a', ...counts }]);
      expect(state.yours).toEqual(standing === null ? [] : [{ tool: 'a', call: standing }]);
    });

    it('counts voters and tools apart, and reads without a voter', async () => {
      const c = fresh();
      await Promise.all([
        subject.store.cast(ballot(c, 'a', 3, 'ship')),
        subject.store.cast(ballot(c, 'a', 4, 'ship')),
        subject.store.cast(ballot(c, 'a', 5, 'skip')),
        subject.store.cast(ballot(c, 'b', 3, 'skip')),
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
      const all = await subject.store.allTallies();
      const keys = all.map((row) => `${row.comparison}/${row.tool}`);
      expect(keys).toEqual([...keys].sort());
      expect(all.every((row) => row.ship >= 0 && row.skip >= 0)).toBe(true);
    });

    it('the database refuses a second standing vote for the same voter, comparison and tool', async () => {
      const c = fresh();
      await subject.store.cast(ballot(c, 'a', 6, 'ship'));
      await expect(
        subject.sql(
          'INSERT INTO votes (comparison, tool, voter, call, cast_at) VALUES (?, ?, ?, ?, ?)',
          c,
          'a',
          voter(6),
          'skip',
          at,
        ),
      ).rejects.toThrow(/UNIQUE/i);
      expect((await subject.store.read(c, null)).tallies).toEqual([
        { comparison: c, tool: 'a', ship: 1, skip: 0 },
      ]);
    });

    it.each(['maybe', 'SHIP', ''])('the database refuses the call %j', async (call) => {
      await expect(
        subject.sql(
          'INSERT INTO votes (comparison, tool, voter, call, cast_at) VALUES (?, ?, ?, ?, ?)',
          fresh(),
          'a',
          voter(7),
          call,
          at,
        ),
      ).rejects.toThrow(/CHECK/i);
    });

    it('the database never moves a vote to another tool or lets a tally go negative', async () => {
      const c = fresh();
      await subject.store.cast(ballot(c, 'a', 8, 'ship'));
      await expect(subject.sql('UPDATE votes SET tool = ? WHERE comparison = ?', 'b', c)).rejects.toThrow(
        /never moves/,
      );
      await expect(subject.sql('UPDATE tallies SET ship = -1 WHERE comparison = ?', c)).rejects.toThrow(
        /CHECK/i,
      );
    });
  });
}
