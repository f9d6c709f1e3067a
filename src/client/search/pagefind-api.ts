/** The part of Pagefind's browser API the search page uses (pagefind.js has no types of its own). */

/** Per filter key, how many pages carry each value. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a result's data() resolves to. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One hit; its data is fetched on demand. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** A search's hits, best first, and the filter counts among them. */
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** The loaded pagefind.js module. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Loads the index chunks a search for `term` will need, ahead of the search. */
  preload(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch | null>;
}
