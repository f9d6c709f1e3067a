/**
 * Runs searches and pages through their results for one search form, DOM-free: the page passes
 * in how to search and how to show things. A result's text is fetched by the page only once it
 * scrolls into view (see lazy-results.ts), so a page of results costs no requests by itself. A
 * newer query makes an older one's search stale.
 */
import type { FilterCounts } from './pagefind-api.ts';
import { isEmptyQuery, resultCountText, type SearchQuery } from './query-state.ts';

/** What a search found: hits best first and the filter counts among them. */
export interface Found<R> {
  results: R[];
  filters: FilterCounts;
}

/** How the page shows a session's state. */
interface SessionView<R> {
  clear(): void;
  /** Shows the next page of hits, in order, after those already shown. */
  append(results: R[]): void;
  showMore(visible: boolean): void;
  status(text: string): void;
  counts(counts: FilterCounts): void;
}

/** What a session needs from the page and the index. */
export interface SessionOptions<R> {
  /** Runs a search; null when the index dropped it for a newer one. */
  search(query: SearchQuery): Promise<Found<R> | null>;
  view: SessionView<R>;
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
  more(): void;
  /** Shows the filter counts of the query on screen again, once the totals are known. */
  recount(): Promise<void>;
}

/** Text shown when there is nothing to search. */
export const EMPTY_QUERY_TEXT = 'Type a tool name or a phrase, or pick a filter to browse.';

/** A session over one index and one view. */
export function searchSession<R>(options: SessionOptions<R>): SearchSession {
  const { view, pageSize } = options;
  let current = 0;
  let last: SearchQuery | null = null;
  let shown: R[] = [];
  let offset = 0;

  const page = (): void => {
    const slice = shown.slice(offset, offset + pageSize);
    offset += slice.length;
    view.showMore(offset < shown.length);
    if (slice.length > 0) view.append(slice);
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
      view.clear();
      if (options.totals()) view.counts(found.filters);
      view.status(resultCountText(shown.length));
      page();
    },
    more: page,
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
