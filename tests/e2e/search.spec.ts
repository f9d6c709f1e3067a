/**
 * Search (/search/) runs on Pagefind in the page: it finds tools by name, a
 * quote on the one page that carries it (the tool page for the current round,
 * the comparison for an earlier round), filters narrow results, filters alone
 * browse, and a search URL can be shared. Nothing leaves localhost meanwhile.
 * Checks that only read share one page, a step each; those that tick filters or
 * break the index get a page of their own.
 */
import type { Locator, Page } from '@playwright/test';
import { loadSeeds } from '../support/seeds.ts';
import { comparisonPath } from './support/pages.ts';
import { openSearch, searchField, searchFor } from './support/search-page.ts';
import { expect, test } from './support/test.ts';

const HF_PAIR = 'hugging-face-inference-providers-marketplace-vs-smolvlm2-2b';
const SONAR_PAIR = 'smolvlm2-2b-vs-perplexity-sonar-pro-2-api';
const HF_TOOL = '/tools/hugging-face-inference-providers-marketplace/';
// A phrase that only one reviewer used, on the Hugging Face tool's only round.
const QUOTE_PHRASE = 'Bloomberg Terminal';
// A phrase from SmolVLM2-2B's first round, which only the June comparisons still show.
const EARLIER_ROUND_PHRASE = 'Mathpix tier';

/** Links of the rendered result cards. */
function resultLinks(page: Page): Locator {
  return page.getByRole('main').getByRole('article').getByRole('link');
}

test.afterEach(({ externalRequests }) => {
  expect(externalRequests).toEqual([]);
});

test('one search page loads the whole index, finds tools and quotes, and restores a shared search', async ({
  page,
}) => {
  // The e2e build indexes three pages per bundle (see support/global-setup.ts).
  const manifest = (await (await page.request.get('/pagefind/bundles.json')).json()) as { bundles: string[] };
  expect(manifest.bundles.length).toBeGreaterThan(1);
  const merged = manifest.bundles.slice(1);
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('pagefind-entry.json') && response.ok())
      loaded.add(path.replace('pagefind-entry.json', ''));
  });
  // Hold each merged bundle's entry file until all of them have been asked for: loaded one
  // after another, the second request would never come and the search would not load.
  const asked = new Set<string>();
  let releaseAll: () => void = () => {};
  const allAsked = new Promise<void>((done) => (releaseAll = done));
  const mergedEntries = '**/pagefind/part-*/pagefind-entry.json*';
  await page.route(mergedEntries, async (route) => {
    asked.add(new URL(route.request().url()).pathname.replace('pagefind-entry.json', ''));
    if (asked.size === merged.length) releaseAll();
    await allAsked;
    await route.continue();
  });
  await openSearch(page);
  await page.unroute(mergedEntries);

  await test.step('asks for every merged bundle at once', () => {
    expect.soft([...asked].sort()).toEqual([...merged].sort());
  });

  await test.step('merges every bundle of a sharded index', async () => {
    expect.soft([...loaded].sort()).toEqual([...manifest.bundles].sort());
    // Filter counts add up across bundles: four tools, and the two comparisons that carry text of
    // their own (an earlier round of SmolVLM2-2B); the third says nothing the tool pages do not.
    const count = (name: RegExp) =>
      page.getByRole('checkbox', { name }).locator('..').locator('[data-count]');
    await expect.soft(count(/^Tool\b/)).toHaveText('(4)');
    await expect.soft(count(/^Comparison\b/)).toHaveText('(2)');
  });

  await test.step('finds a tool by its name', async () => {
    await searchFor(page, 'Sonar Pro');
    await expect
      .soft(resultLinks(page).and(page.locator('[href="/tools/perplexity-sonar-pro-2-api/"]')))
      .toHaveCount(1);
    await expect.soft(resultLinks(page).first()).toBeVisible();
  });

  await test.step('finds a current quote once, on the tool page that carries it', async () => {
    const seed = loadSeeds().find((s) => s.slug === HF_PAIR);
    const quotes = seed?.rows.flatMap((r) => [r.quoteA, r.quoteB]) ?? [];
    expect.soft(quotes.filter((q) => q.includes(QUOTE_PHRASE))).toHaveLength(1);

    await searchFor(page, QUOTE_PHRASE);
    await expect.soft(resultLinks(page).and(page.locator(`[href="${HF_TOOL}"]`))).toHaveCount(1);
    // The comparison repeats the quote but does not index it a second time.
    await expect.soft(resultLinks(page)).toHaveCount(1);
  });

  await test.step('finds a quote of an earlier round on the comparisons that still show it', async () => {
    await searchFor(page, EARLIER_ROUND_PHRASE);
    const links = resultLinks(page);
    await expect.soft(links.and(page.locator(`[href="${comparisonPath(SONAR_PAIR)}"]`))).toHaveCount(1);
    await expect.soft(links.and(page.locator(`[href="${comparisonPath(HF_PAIR)}"]`))).toHaveCount(1);
    // The tool page shows the newer round, which does not say it.
    await expect.soft(links.and(page.locator('[href="/tools/smolvlm2-2b/"]'))).toHaveCount(0);
  });

  await test.step('a search URL restores the query and its results', async () => {
    await openSearch(page, `?q=${encodeURIComponent(QUOTE_PHRASE)}`);
    await expect.soft(searchField(page)).toHaveValue(QUOTE_PHRASE);
    await expect.soft(resultLinks(page).and(page.locator(`[href="${HF_TOOL}"]`))).toHaveCount(1);
  });
});

test('a filter narrows the results of a query', async ({ page }) => {
  await openSearch(page);
  await searchField(page).fill('SmolVLM2');
  const links = resultLinks(page);
  await expect(links.and(page.locator('[href^="/compare/"]')).first()).toBeVisible();
  // Every result has its place in the list, loaded or not yet scrolled to.
  const results = page.locator('#search-results > li');
  const before = await results.count();
  // The suggestions under the box cover the filters until the reader leaves the list.
  await searchField(page).press('Escape');

  await page.getByRole('checkbox', { name: /^Tool\b/ }).check();
  await expect(links.and(page.locator(':not([href^="/tools/"])'))).toHaveCount(0);
  await expect(links.and(page.locator('[href="/tools/smolvlm2-2b/"]'))).toHaveCount(1);
  expect(await results.count()).toBeLessThan(before);
});

test('filters alone browse the site without a query', async ({ page }) => {
  await openSearch(page);
  await expect(searchField(page)).toHaveValue('');
  await page.getByRole('checkbox', { name: /^Paid\b/ }).check();
  const links = resultLinks(page);
  await expect(links.and(page.locator('[href="/tools/perplexity-sonar-pro-2-api/"]'))).toHaveCount(1);
  await expect(links.and(page.locator('[href="/tools/perplexity-deep-research-api/"]'))).toHaveCount(1);
  await expect(links.and(page.locator('[href="/tools/smolvlm2-2b/"]'))).toHaveCount(0);
});

test('tells the reader when part of the index fails to load', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.route('**/pagefind/part-2/pagefind-entry.json*', (route) => route.fulfill({ status: 404 }));
  await page.goto('/search/?q=SmolVLM2');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/could not load part of its index/);
  await expect(resultLinks(page)).toHaveCount(0);
  expect(errors.join('\n')).toContain('/pagefind/part-2/');
});

test('tells the reader when the list of bundles fails to load', async ({ page }) => {
  await page.route('**/pagefind/bundles.json', (route) => route.fulfill({ status: 500 }));
  await page.goto('/search/');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/could not load part of its index/);
});
