/** A comparison read in reverse (`/compare/<b>-vs-<a>/`) lands on the canonical page. */
import { loadSeeds } from '../support/seeds.ts';
import { comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

for (const seed of loadSeeds()) {
  const [a, b] = seed.slug.split('-vs-');
  const reversed = `${b}-vs-${a}`;

  test(
    `${comparisonPath(reversed)} lands on ${comparisonPath(seed.slug)}`,
    { tag: '@edge' },
    async ({ page, request }) => {
      // The build leaves reversed pairs to the server (REDIRECT_PAGES=off): one permanent redirect.
      for (const path of [comparisonPath(reversed), comparisonPath(reversed).slice(0, -1)]) {
        const response = await request.get(`${path}?ref=newsletter`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(301);
        expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(
          comparisonPath(seed.slug),
        );
        expect(response.headers()['location']).toContain('?ref=newsletter');
      }
      await page.goto(comparisonPath(reversed));
      await expect(page).toHaveURL((url) => url.pathname === comparisonPath(seed.slug));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
    },
  );
}

test("a made-up pair is still a 404 with the site's page", { tag: '@edge' }, async ({ request }) => {
  const response = await request.get(comparisonPath('smolvlm2-2b-vs-no-such-tool'));
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<html');
});
