/** A comparison read in reverse (`/compare/<b>-vs-<a>/`) lands on the canonical page. */
import { loadSeeds } from './support/seeds.ts';
import { comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

for (const seed of loadSeeds()) {
  const [a, b] = seed.slug.split('-vs-');
  const reversed = `${b}-vs-${a}`;

  test(`${comparisonPath(reversed)} lands on ${comparisonPath(seed.slug)}`, async ({ page }) => {
    await page.goto(comparisonPath(reversed));
    // The static redirect is a meta refresh, so wait for the second navigation.
    await expect(page).toHaveURL((url) => url.pathname === comparisonPath(seed.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
  });
}
