/**
 * What a search is, apart from the page: a term and the chosen filter values, read from a URL
 * query (or the form, which submits the same fields) and written back to one. Pure, so the rules
 * for hostile or stale URLs are tested without a browser.
 */

/** The values each filter offers, by key, in the order the form shows them. */
export type FilterChoices = ReadonlyMap<string, readonly string[]>;

/** A search: trimmed term (may be empty) and the chosen values of each filter that has any. */
export interface SearchQuery {
  term: string;
  filters: Record<string, string[]>;
}

/** Longest term searched; a longer one in a URL is cut, so a crafted link cannot stall the page. */
export const MAX_TERM_LENGTH = 200;

/**
 * The query in URL parameters. Only filters and values the form offers are kept, in its order and
 * once each, so a stale or crafted link cannot ask for a filter the page does not show.
 */
export function parseQuery(params: URLSearchParams, choices: FilterChoices): SearchQuery {
  const term = (params.get('q') ?? '').trim().slice(0, MAX_TERM_LENGTH).trim();
  const filters: Record<string, string[]> = {};
  for (const [key, values] of choices) {
    const asked = new Set(params.getAll(key));
    const chosen = values.filter((value) => asked.has(value));
    if (chosen.length > 0) filters[key] = chosen;
  }
  return { term, filters };
}

/** The URL query for a search (`?q=…&type=…`), or '' for an empty one. */
export function queryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.term) params.set('q', query.term);
  for (const [key, values] of Object.entries(query.filters)) for (const v of values) params.append(key, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is nothing to search or browse. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.term === '' && Object.keys(query.filters).length === 0;
}

/** The filters as Pagefind takes them: any chosen value of a key matches. */
export function pagefindFilters(query: SearchQuery): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(query.filters).map(([key, values]) => [key, { any: values }]));
}

/** "1 result", "7 results". */
export function resultCountText(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}
