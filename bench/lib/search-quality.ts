/**
 * Search quality against a judged query set (bench/search-quality/*.json): what each tier lists
 * for a query in a real browser, where the judged page lands, and the counts a report gives.
 * Shared by `npm run bench:search-quality` and the end-to-end spec that holds the seed site to
 * its judgements.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { EMPTY_QUERY_TEXT } from '../../src/client/search/session.ts';
import { SEARCH_PATH } from '../../src/core/views/paths.ts';

/** The two tiers: suggestions under the search box, and the search page's full-text results. */
export const TIERS = ['suggest', 'fulltext'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a tier must place the judged page. */
type Placement = 'first' | 'top3';

/** One judged query. */
export interface JudgedQuery {
  query: string;
  /** What kind of query it is (name, misspelt name, A vs B, …), for the report. */
  kind: string;
  /** The path of the page the reader means. */
  expect: string;
  /** The tiers that must place it, and how high. */
  judged: Partial<Record<Tier, Placement>>;
}

/** Reads a judged set; throws on anything that is not one. */
export function readQualitySet(path: string): JudgedQuery[] {
  const body = JSON.parse(readFileSync(path, 'utf8')) as { queries?: unknown };
  if (!Array.isArray(body.queries)) throw new Error(`${path}: no "queries" list`);
  return body.queries.map((q: unknown, i) => {
    const entry = q as Partial<JudgedQuery>;
    const judged = entry.judged ?? {};
    const placements = Object.entries(judged);
    if (
      typeof entry.query !== 'string' ||
      typeof entry.kind !== 'string' ||
      typeof entry.expect !== 'string' ||
      !entry.expect.startsWith('/') ||
      placements.length === 0 ||
      !placements.every(([tier, p]) => TIERS.includes(tier as Tier) && (p === 'first' || p === 'top3'))
    ) {
      throw new Error(`${path}: query ${i + 1} needs query, kind, expect (a path) and judged tiers`);
    }
    return entry as JudgedQuery;
  });
}

/** The 1-based place of `expected` in `listed`, or null when it is not there. */
export function placeOf(listed: readonly string[], expected: string): number | null {
  const at = listed.indexOf(expected);
  return at === -1 ? null : at + 1;
}

/** Whether a place satisfies a placement. */
export function meets(place: number | null, placement: Placement): boolean {
  return place !== null && place <= (placement === 'first' ? 1 : 3);
}

/** How many queries a tier placed first and in the top three, of how many. */
export interface TierScore {
  first: number;
  top3: number;
  queries: number;
}

/** The scores of each tier over all queries, and how many judgements held. */
export function score(results: readonly { places: Record<Tier, number | null>; query: JudgedQuery }[]) {
  const tiers = Object.fromEntries(
    TIERS.map((tier): [Tier, TierScore] => [
      tier,
      {
        first: results.filter((r) => r.places[tier] === 1).length,
        top3: results.filter((r) => meets(r.places[tier], 'top3')).length,
        queries: results.length,
      },
    ]),
  ) as Record<Tier, TierScore>;
  const judgements = results.flatMap((r) =>
    Object.entries(r.query.judged).map(([tier, placement]) => meets(r.places[tier as Tier], placement)),
  );
  return { tiers, judged: { held: judgements.filter(Boolean).length, of: judgements.length } };
}

/**
 * What the search box suggests for `query` on the page open in `page` (one with the header
 * box), in order: the path each option leads to, the closing "search all pages" aside.
 */
export async function suggestedPaths(page: Page, query: string, box = '#header-search'): Promise<string[]> {
  const input = page.locator(box);
  await input.fill('');
  await input.focus();
  await input.fill(query);
  const list = page.locator(`#${box.replace(/^#/, '')}-suggestions`);
  // The list is drawn for this query once its last option searches all pages for it.
  await list
    .locator('[role="option"]')
    .last()
    .filter({ hasText: `\u201c${query.trim()}\u201d` })
    .waitFor();
  return list
    .locator('[role="option"][data-href]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-href') ?? ''));
}

/**
 * The first `count` results of the search page for `query`, in order. Results load their text as
 * they come into view, so the page is tall enough for those to load first. On the search page
 * already, the query is typed into its field (once the last query's results are cleared) rather
 * than loading the page and its index again.
 */
export async function fullTextPaths(page: Page, query: string, count = 3): Promise<string[]> {
  if (new URL(page.url()).pathname === SEARCH_PATH) await retypeSearch(page, query);
  else await page.goto(`${SEARCH_PATH}?q=${encodeURIComponent(query)}`);
  await page
    .locator('#search-status')
    .filter({ hasText: /\d+ results?$/ })
    .waitFor();
  const slots = page.locator('#search-results > li');
  const wanted = Math.min(count, await slots.count());
  for (let i = 0; i < wanted; i++) await slots.nth(i).locator('article a').waitFor();
  return slots.evaluateAll(
    (els, n) => els.slice(0, n).map((el) => el.querySelector('article a')?.getAttribute('href') ?? ''),
    wanted,
  );
}

/**
 * Types `query` into the open search page's field once the last query's results are cleared, so
 * whatever shows next can only be this query's.
 */
export async function retypeSearch(page: Page, query: string): Promise<void> {
  const field = page.locator('#search-input');
  await field.fill('');
  await page.locator('#search-status').filter({ hasText: EMPTY_QUERY_TEXT }).waitFor();
  await field.fill(query);
}
