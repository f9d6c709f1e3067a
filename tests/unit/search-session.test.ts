/**
 * The search page's session: results page in order, and nothing a superseded query started
 * (its search, or a "more results" page still loading) reaches the reader after a newer query.
 */
import { describe, expect, it } from 'vitest';
import type { FilterCounts } from '../../src/client/search/pagefind-api.ts';
import type { SearchQuery } from '../../src/client/search/query-state.ts';
import { EMPTY_QUERY_TEXT, searchSession, type Found } from '../../src/client/search/session.ts';

/** A promise settled from outside, to hold a search or a result load until the test says so. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const query = (term: string): SearchQuery => ({ term, filters: {} });
const ids = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const TOTALS: FilterCounts = { type: { Tool: 4, Comparison: 3 } };

/**
 * A session over a fake index whose results for a term are `<term><n>` and whose loads can be
 * held: `hold(id)` makes loading that result wait for `release(id)`.
 */
function harness(sizes: Record<string, number>, totalsLoaded = true) {
  let totals: FilterCounts | null = totalsLoaded ? TOTALS : null;
  const shown: string[] = [];
  const log: { status: string[]; more: boolean[]; counts: FilterCounts[] } = {
    status: [],
    more: [],
    counts: [],
  };
  const held = new Map<string, ReturnType<typeof deferred<string>>>();
  const session = searchSession<string, string>({
    search: async (q): Promise<Found<string>> => ({
      results: ids(q.term, sizes[q.term] ?? 0),
      filters: { type: { Tool: sizes[q.term] ?? 0 } },
    }),
    load: (id) => held.get(id)?.promise ?? Promise.resolve(id),
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
  return {
    session,
    loadTotals: () => (totals = TOTALS),
    shown,
    log,
    hold: (...keys: string[]) => keys.forEach((k) => held.set(k, deferred<string>())),
    release: (...keys: string[]) => keys.forEach((k) => held.get(k)?.resolve(k)),
  };
}

describe('searchSession', () => {
  it('shows the first page, then each further page in order until the results run out', async () => {
    const h = harness({ a: 7 });
    await h.session.run(query('a'));
    expect(h.shown).toEqual(['a0', 'a1', 'a2']);
    expect(h.log.status.at(-1)).toBe('7 results');
    expect(h.log.more.at(-1)).toBe(true);
    await h.session.more();
    await h.session.more();
    expect(h.shown).toEqual(ids('a', 7));
    expect(h.log.more.at(-1)).toBe(false);
  });

  it('drops a "more results" page that was loading when a new query ran', async () => {
    const h = harness({ old: 5, new: 2 });
    await h.session.run(query('old'));
    h.hold('old3');
    const staleMore = h.session.more();
    await h.session.run(query('new'));
    h.release('old3');
    await staleMore;
    expect(h.shown).toEqual(['new0', 'new1']);
    expect(h.log.more.at(-1)).toBe(false);
  });

  it('keeps pages in order and whole when "more results" is pressed twice quickly', async () => {
    const h = harness({ a: 9 });
    await h.session.run(query('a'));
    h.hold('a3');
    const second = h.session.more();
    const third = h.session.more();
    await Promise.resolve();
    h.release('a3');
    await Promise.all([second, third]);
    expect(h.shown).toEqual(ids('a', 9));
  });

  it('shows nothing from a query whose search finished after a newer one', async () => {
    const h = harness({ slow: 2, fast: 1 });
    const gate = deferred<void>();
    const session = searchSession<string, string>({
      search: async (q) => {
        if (q.term === 'slow') await gate.promise;
        return { results: ids(q.term, 1), filters: {} };
      },
      load: async (id) => id,
      view: {
        clear: () => h.shown.splice(0),
        append: (items) => h.shown.push(...items),
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
    expect(h.shown).toEqual(['fast0']);
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
    await h.session.more();
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

describe('searchSession when a result fails to load', () => {
  it('rejects that page for the page to report, and later pages still append', async () => {
    let fail = true;
    const shown: string[] = [];
    const session = searchSession<string, string>({
      search: async () => ({ results: ids('a', 6), filters: {} }),
      load: async (id) => {
        if (id === 'a0' && fail) throw new Error('fragment missing');
        return id;
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
    await expect(session.run(query('a'))).rejects.toThrow('fragment missing');
    fail = false;
    await session.more();
    expect(shown).toEqual(['a3', 'a4', 'a5']);
  });
});
