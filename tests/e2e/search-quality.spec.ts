/**
 * Search quality on the seed content: every judged query of bench/search-quality/seeds.json
 * lands where it is judged to, in each tier it is judged for (the search box's suggestions, the
 * search page's full text). `npm run bench:search-quality` reports the same set in full.
 *
 * Each tier runs its judged queries one after another in one page, a step per query; a missed
 * judgement is recorded and the rest still run, so one run names every query that missed.
 */
import { join } from 'node:path';
import {
  fullTextPaths,
  meets,
  placeOf,
  readQualitySet,
  suggestedPaths,
  type JudgedQuery,
  type Tier,
} from '../../bench/lib/search-quality.ts';
import { PROJECT_ROOT } from './support/paths.ts';
import { expect, test } from './support/test.ts';

const QUERIES = readQualitySet(join(PROJECT_ROOT, 'bench/search-quality/seeds.json'));

type Placement = NonNullable<JudgedQuery['judged'][Tier]>;

/** The judged queries of one tier, with where that tier must place the page (and that in words). */
function judgedFor(tier: Tier): { query: JudgedQuery; placement: Placement; where: string }[] {
  return QUERIES.flatMap((query) => {
    const placement = query.judged[tier];
    return placement
      ? [{ query, placement, where: placement === 'first' ? 'first' : 'in the top three' }]
      : [];
  });
}

test.use({ viewport: { width: 1280, height: 2000 } });

test('the search box suggests each judged page where it is judged to', async ({ page }) => {
  const cases = judgedFor('suggest');
  expect(cases.length).toBeGreaterThan(0);
  await page.goto('/');
  for (const { query, placement, where } of cases) {
    await test.step(`${query.kind}: "${query.query}" suggests ${query.expect} ${where}`, async () => {
      // Each lookup clears the box first, so the list read is this query's alone.
      const listed = await suggestedPaths(page, query.query);
      expect
        .soft(
          meets(placeOf(listed, query.expect), placement),
          `"${query.query}" should suggest ${query.expect} ${where}; suggested: ${listed.join(', ') || 'nothing'}`,
        )
        .toBe(true);
    });
  }
});

test('the search page lists each judged page where it is judged to', async ({ page }) => {
  const cases = judgedFor('fulltext');
  expect(cases.length).toBeGreaterThan(0);
  for (const { query, placement, where } of cases) {
    await test.step(`${query.kind}: "${query.query}" lists ${query.expect} ${where}`, async () => {
      const listed = await fullTextPaths(page, query.query);
      expect
        .soft(
          meets(placeOf(listed, query.expect), placement),
          `"${query.query}" should list ${query.expect} ${where}; listed: ${listed.join(', ') || 'nothing'}`,
        )
        .toBe(true);
    });
  }
});
