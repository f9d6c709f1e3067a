/**
 * The search page's session: results page in order, and nothing a superseded query started
 * reaches the reader after a newer query. Results whose text loads as they come into view:
 * a slot per result at once, its text only when it nears the screen, nothing from a cleared list.
 */
import { describe, expect, it } from 'vitest';
import { lazyResults } from '../../src/client/search/lazy-results.ts';
import type { FilterCounts } from '../../src/client/search/pagefind-api.ts';
import type { SearchQuery } from '../../src/client/search/query-state.ts';
import { EMPTY_QUERY_TEXT, searchSession, type Found } from '../../src/client/search/session.ts';

/** A promise settled from outside, to hold a search or a result load until the test says so. */
function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((done, fail) => ((resolve = done), (reject = fail)));
  return { promise, resolve, reject };
}

const query = (term: string): SearchQuery => ({ term, filters: {} });
const ids = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const TOTALS: FilterCounts = { type: { Tool: 4, Comparison: 3 } };

/** A session over a fake index whose results for a term are `<term><n>`. */
function harness(sizes: Record<string, number>, totalsLoaded = true) {
  let totals: FilterCounts | null = totalsLoaded ? TOTALS : null;
  const shown: string[] = [];
  const log: { status: string[]; more: boolean[]; counts: FilterCounts[] } = {
    status: [],
    more: [],
    counts: [],
  };
  const session = searchSession<string>({
    search: async (q): Promise<Found<string>> => ({
      results: ids(q.term, sizes[q.term] ?? 0),
      filters: { type: { Tool: sizes[q.term] ?? 0 } },
    }),
    view: {
      clear: () => shown.splice(0),
      append: (items) => shown.push(...items),
      showMore: (visible) => log.more.push(visible),
      status: (text) => log.status.push(text),
      counts: (counts) => log.counts.push(counts),
    },
    pageSize: 3,
    totals: () => totals,
  });
  return { session, loadTotals: () => (totals = TOTALS), shown, log };
}

describe('searchSession', () => {
  it('shows the first page, then each further page in order until the results run out', async () => {
    const h = harness({ a: 7 });
    await h.session.run(query('a'));
    expect(h.shown).toEqual(['a0', 'a1', 'a2']);
    expect(h.log.status.at(-1)).toBe('7 results');
    expect(h.log.more.at(-1)).toBe(true);
    h.session.more();
    h.session.more();
    expect(h.shown).toEqual(ids('a', 7));
    expect(h.log.more.at(-1)).toBe(false);
  });

  it('shows nothing from a query whose search finished after a newer one', async () => {
    const gate = deferred<void>();
    const shown: string[] = [];
    const session = searchSession<string>({
      search: async (q) => {
        if (q.term === 'slow') await gate.promise;
        return { results: ids(q.term, 1), filters: {} };
      },
      view: {
        clear: () => shown.splice(0),
        append: (items) => shown.push(...items),
        showMore() {},
        status() {},
        counts() {},
      },
      pageSize: 3,
      totals: () => TOTALS,
    });
    const slow = session.run(query('slow'));
    await session.run(query('fast'));
    gate.resolve();
    await slow;
    expect(shown).toEqual(['fast0']);
  });

  it('an empty query clears the results and shows the counts over the whole index', async () => {
    const h = harness({ a: 4 });
    await h.session.run(query('a'));
    await h.session.run(query(''));
    expect(h.shown).toEqual([]);
    expect(h.log.status.at(-1)).toBe(EMPTY_QUERY_TEXT);
    expect(h.log.counts.at(-1)).toBe(TOTALS);
    expect(h.log.more.at(-1)).toBe(false);
  });

  it('"more results" after an empty query adds nothing', async () => {
    const h = harness({ a: 4 });
    await h.session.run(query('a'));
    await h.session.run(query(''));
    h.session.more();
    expect(h.shown).toEqual([]);
  });
});

describe('searchSession before the filter index has loaded', () => {
  it('shows results without counts, since a search then counts only the filters in use', async () => {
    const h = harness({ a: 4 }, false);
    await h.session.run(query('a'));
    expect(h.shown).toEqual(['a0', 'a1', 'a2']);
    expect(h.log.counts).toEqual([]);
  });

  it('recount shows the counts of the query on screen once the index has loaded', async () => {
    const h = harness({ a: 4 }, false);
    await h.session.run(query('a'));
    h.loadTotals();
    await h.session.recount();
    expect(h.log.counts).toEqual([{ type: { Tool: 4 } }]);
    expect(h.shown).toEqual(['a0', 'a1', 'a2']);
  });

  it('recount of an empty query shows the totals', async () => {
    const h = harness({}, false);
    await h.session.run(query(''));
    expect(h.log.counts).toEqual([]);
    h.loadTotals();
    await h.session.recount();
    expect(h.log.counts).toEqual([TOTALS]);
  });

  it('recount before the index has loaded shows nothing', async () => {
    const h = harness({ a: 4 }, false);
    await h.session.run(query('a'));
    await h.session.recount();
    expect(h.log.counts).toEqual([]);
  });
});

/** Lazy results over slots that are plain objects and a watcher the test moves by hand. */
function lazyHarness() {
  type Slot = { result: string; text: string };
  const slots: Slot[] = [];
  const watched = new Set<Slot>();
  const loads = new Map<string, ReturnType<typeof deferred<string>>>();
  let near: (slot: Slot) => void = () => {};
  const list = lazyResults<string, string, Slot>({
    slot: (result) => {
      const slot = { result, text: '' };
      slots.push(slot);
      return slot;
    },
    load: (result) => {
      const load = deferred<string>();
      loads.set(result, load);
      return load.promise;
    },
    fill: (slot, data) => (slot.text = data),
    failed: (slot) => (slot.text = 'failed'),
    watcher: (report) => {
      near = report;
      return { watch: (slot) => watched.add(slot), reset: () => watched.clear() };
    },
  });
  const scrollTo = (...results: string[]) =>
    slots.filter((s) => results.includes(s.result) && watched.has(s)).forEach((s) => near(s));
  const settle = () => new Promise((done) => setTimeout(done, 0));
  return { list, slots, loads, scrollTo, settle };
}

describe('lazyResults', () => {
  it('draws a slot per result at once and loads a result only when it comes near the screen', async () => {
    const h = lazyHarness();
    h.list.append(['a0', 'a1', 'a2']);
    expect(h.slots.map((s) => s.result)).toEqual(['a0', 'a1', 'a2']);
    expect([...h.loads.keys()]).toEqual([]);
    h.scrollTo('a0', 'a1');
    expect([...h.loads.keys()]).toEqual(['a0', 'a1']);
    h.loads.get('a1')?.resolve('text of a1');
    await h.settle();
    expect(h.slots.map((s) => s.text)).toEqual(['', 'text of a1', '']);
  });

  it('loads each result once, however often it comes into view', () => {
    const h = lazyHarness();
    h.list.append(['a0']);
    const slot = h.slots[0];
    h.scrollTo('a0');
    h.loads.clear();
    if (slot) h.scrollTo(slot.result);
    expect([...h.loads.keys()]).toEqual([]);
  });

  it('fills nothing from a load that finishes after the list was cleared', async () => {
    const h = lazyHarness();
    h.list.append(['old0']);
    h.scrollTo('old0');
    h.list.clear();
    h.loads.get('old0')?.resolve('stale');
    await h.settle();
    expect(h.slots[0]?.text).toBe('');
  });

  it('marks a result that failed to load, and the others still fill', async () => {
    const h = lazyHarness();
    h.list.append(['a0', 'a1']);
    h.scrollTo('a0', 'a1');
    h.loads.get('a0')?.reject(new Error('fragment missing'));
    h.loads.get('a1')?.resolve('text of a1');
    await h.settle();
    expect(h.slots.map((s) => s.text)).toEqual(['failed', 'text of a1']);
  });
});
