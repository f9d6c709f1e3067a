/**
 * Comparison pages ship no client JavaScript (structured data only) and carry
 * their Content-Security-Policy in a meta tag; the local server also sends the
 * policy of the `_headers` file every build writes.
 */
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

for (const slug of COMPARISON_SLUGS) {
  test.describe(comparisonPath(slug), () => {
    test('has no scripts other than JSON-LD and no module preloads', async ({ page }) => {
      await page.goto(comparisonPath(slug));
      const scripts = await page
        .locator('script')
        .evaluateAll((els) =>
          els.map((el) => ({ type: el.getAttribute('type'), src: el.getAttribute('src') })),
        );
      expect(scripts.filter((s) => s.type !== 'application/ld+json' || s.src !== null)).toEqual([]);
      await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
    });

    test('declares a Content-Security-Policy', async ({ page }) => {
      const response = await page.goto(comparisonPath(slug));
      const meta = page.locator('meta[http-equiv="Content-Security-Policy" i]');
      await expect(meta).toHaveCount(1);
      expect(await meta.getAttribute('content')).toMatch(/default-src/);
      expect(response?.headers()['content-security-policy']).toMatch(/default-src/);
    });
  });
}
