/** Comparison pages fit a 320 px wide screen without scrolling sideways. */
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

test.use({ viewport: { width: 320, height: 720 } });

for (const slug of COMPARISON_SLUGS) {
  test(`${comparisonPath(slug)} has no horizontal scroll at 320 px`, async ({ page }) => {
    await page.goto(comparisonPath(slug));
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Name the outermost elements that stick out, so a failure points at the culprit.
      const overflowing = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5))
        .slice(0, 5)
        .map((el) => {
          const classes = [...el.classList].map((c) => `.${c}`).join('');
          return `${el.tagName.toLowerCase()}${classes} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`;
        });
      return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, overflowing };
    });
    expect(layout.overflowing).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
  });
}
