/** Comparison pages fit a 320 px wide screen without scrolling sideways. */
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

test.use({ viewport: { width: 320, height: 720 } });

for (const slug of COMPARISON_SLUGS) {
  test(`${comparisonPath(slug)} has no horizontal scroll at 320 px`, async ({ page }) => {
    await page.goto(comparisonPath(slug));
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
