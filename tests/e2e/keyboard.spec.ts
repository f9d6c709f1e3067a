/** Keyboard users reach the content first: the skip link is the first tab stop and lands in main. */
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

const PAGES = ['/', comparisonPath(COMPARISON_SLUGS[0]), '/search/'];

for (const path of PAGES) {
  test(`${path}: skip link is the first tab stop and moves focus to main`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveJSProperty('tagName', 'A');
    await expect(skip).toHaveAccessibleName(/skip/i);
    await expect(skip).toBeVisible();
    const href = (await skip.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#./);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });
}
