/** Every page kind has zero axe violations, in light and in dark colour schemes. */
import { PAGE_KINDS } from './support/pages.ts';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';

const SCHEMES = ['light', 'dark'] as const;

for (const scheme of SCHEMES) {
  test.describe(`${scheme} scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    for (const { kind, path, status } of PAGE_KINDS) {
      test(`${kind} page has no axe violations`, async ({ page }) => {
        const response = await page.goto(path());
        expect(response?.status()).toBe(status);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('search page with results has no axe violations', async ({ page }) => {
      await page.goto('/search/');
      const main = page.getByRole('main');
      await expect(main.getByRole('status')).not.toHaveText(/loading|needs javascript/i);
      await main.getByLabel('Search comparisons and tools').fill('SmolVLM2');
      await expect(main.getByRole('article').getByRole('link').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
