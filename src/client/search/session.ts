/**
 * Runs searches and pages through their results for one search form, DOM-free: the page passes
 * in how to search, how to load a result and how to show things. A newer query makes everything
 * still in flight for an older one stale, "more results" included.
 */
import type { FilterCounts } from './pagefind-api.ts';
import { isEmptyQuery, resultCountText, type SearchQuery } from './query-state.ts';

/** What a search found: hits best first and the filter counts among them. */
export interface Found<R> {
  results: R[];
  filters: FilterCounts;
}

/** How the page shows a session's state. */
interface SessionView<D> {
  clear(): void;
  append(items: D[]): void;
  showMore(visible: boolean): void;
  status(text: string): void;
  counts(counts: FilterCounts): void;
}

/** What a session needs from the page and the index. */
export interface SessionOptions<R, D> {
  /** Runs a search; null when the index dropped it for a newer one. */
  search(query: SearchQuery): Promise<Found<R> | null>;
  /** Fetches what a hit shows. */
  load(result: R): Promise<D>;
  view: SessionView<D>;
  pageSize: number;
  /**
   * Counts over the whole index, shown when nothing is searched; null until the filter index has
   * loaded. Until then a search's own counts are partial (the index holds only the filters in
   * use), so no counts are shown; `recount` shows them once it has loaded.
   */
  totals(): FilterCounts | null;
}

/** A search form's session: `run` a query, then `more` for each further page. */
export interface SearchSession {
  run(query: SearchQuery): Promise<void>;
  more(): Promise<void>;
  /** Shows the filter counts of the query on screen again, once the totals are known. */
  recount(): Promise<void>;
}

/** Text shown when there is nothing to search. */
export const EMPTY_QUERY_TEXT = 'Type a tool name or a phrase, or pick a filter to browse.';

/** A session over one index and one view. */
export function searchSession<R, D>(options: SessionOptions<R, D>): SearchSession {
  const { view, pageSize } = options;
  let current = 0;
  let last: SearchQuery | null = null;
  let shown: R[] = [];
  let offset = 0;

  // Pages append in the order they were asked for, even when a later one loads first.
  let appended: Promise<void> = Promise.resolve();

  /** Loads and shows the next page of the results of run `id`. */
  const page = (id: number): Promise<void> => {
    // The slice is claimed before loading, so a second click asks for the page after it.
    const slice = shown.slice(offset, offset + pageSize);
    offset += slice.length;
    view.showMore(offset < shown.length);
    const loading = Promise.all(slice.map((r) => options.load(r)));
    const done = appended.then(async () => {
      const items = await loading;
      // A newer query has replaced these results: its page is the one on screen.
      if (id === current) view.append(items);
    });
    // A page that failed is the caller's to report; the pages after it still append.
    appended = done.catch(() => undefined);
    return done;
  };

  return {
    async run(query) {
      const id = ++current;
      last = query;
      if (isEmptyQuery(query)) {
        shown = [];
        offset = 0;
        view.clear();
        view.showMore(false);
        const totals = options.totals();
        if (totals) view.counts(totals);
        view.status(EMPTY_QUERY_TEXT);
        return;
      }
      const found = await options.search(query);
      if (id !== current || !found) return;
      shown = found.results;
      offset = 0;
      appended = Promise.resolve();
      view.clear();
      if (options.totals()) view.counts(found.filters);
      view.status(resultCountText(shown.length));
      await page(id);
    },
    more: () => page(current),
    async recount() {
      const id = current;
      const totals = options.totals();
      if (!last || !totals) return;
      if (isEmptyQuery(last)) {
        view.counts(totals);
        return;
      }
      const found = await options.search(last);
      if (id === current && found) view.counts(found.filters);
    },
  };
}
