/**
 * The filter choices the search page renders before any JavaScript runs, so
 * filters work as a plain GET form and the script only adds counts and results.
 */
import type { Site } from '../../model.ts';
import { ENTRY_PRICES } from '../../vocabulary.ts';
import type { PanelCall } from '../format.ts';
import { SEARCH_FILTERS } from './search-tags.ts';

/** One filter with the values a reader can pick. */
export interface SearchFilterOptions {
  key: string;
  label: string;
  values: string[];
}

const PANEL_CALLS: PanelCall[] = ['Ship', 'Split', 'Skip', 'Unreviewed'];

/** Filters in display order with every value the site can produce. */
export function searchFilterOptions(site: Site): SearchFilterOptions[] {
  const values: Record<(typeof SEARCH_FILTERS)[number]['key'], string[]> = {
    type: ['Comparison', 'Tool'],
    category: site.categories.map((g) => g.name),
    price: [...ENTRY_PRICES],
    verdict: PANEL_CALLS,
  };
  return SEARCH_FILTERS.map((f) => ({ key: f.key, label: f.label, values: values[f.key] }));
}
