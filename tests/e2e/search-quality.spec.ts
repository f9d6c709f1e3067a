/**
 * Search quality on the seed content: every judged query of bench/search-quality/seeds.json
 * lands where it is judged to, in each tier it is judged for (the search box's suggestions, the
 * search page's full text). `npm run bench:search-quality` reports the same set in full.
 */
import { join } from 'node:path';
import {
  fullTextPaths,
  meets,
  placeOf,
  readQualitySet,
  suggestedPaths,
} from '../../bench/lib/search-quality.ts';
import { PROJECT_ROOT } from './support/paths.ts';
import { expect, test } from './support/test.ts';

const QUERIES = readQualitySet(join(PROJECT_ROOT, 'bench/search-quality/seeds.json'));

test.use({ viewport: { width: 1280, height: 2000 } });

for (const query of QUERIES) {
  test(`${query.kind}: "${query.query}" finds ${query.expect}`, async ({ page }) => {
    const { suggest, fulltext } = query.judged;
    if (suggest) {
      await page.goto('/');
      const listed = await suggestedPaths(page, query.query);
      expect(meets(placeOf(listed, query.expect), suggest), `suggestions: ${listed.join(', ')}`).toBe(true);
    }
    if (fulltext) {
      const listed = await fullTextPaths(page, query.query);
      expect(meets(placeOf(listed, query.expect), fulltext), `full text: ${listed.join(', ')}`).toBe(true);
    }
  });
}
