/**
 * The search page (/search/) as specs drive it: opened once Pagefind has loaded, then one query
 * after another typed into its field, each only once the results of the one before are gone, so
 * what shows next can only be the new query's.
 */
import type { Locator, Page } from '@playwright/test';
import { retypeSearch } from '../../../bench/lib/search-quality.ts';
import { expect } from './test.ts';

/** Opens the search page (with `query`, a URL query string, if given) once the form is live. */
export async function openSearch(page: Page, query = ''): Promise<void> {
  await page.goto(`/search/${query}`);
  await expect(searchStatus(page)).not.toHaveText(/loading|needs javascript/i);
}

/** The search page's own search field (a combobox once its suggestions are attached). */
export function searchField(page: Page): Locator {
  return page.getByRole('main').getByLabel('Search comparisons and tools');
}

/** The page's status line, which says how many results there are (the field's suggestions add a status of their own). */
function searchStatus(page: Page): Locator {
  return page.locator('#search-status');
}

/** Types a query into the search field once the results of any earlier query have been cleared. */
export { retypeSearch as searchFor };
