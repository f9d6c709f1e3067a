/** Categories browse in three orders without JavaScript; tool pages list their alternatives. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';

const CATEGORY = '/categories/developer-tools/';
const ORDERS = [
  ['Newest review', CATEGORY],
  ['Panel figure', `${CATEGORY}by-panel/`],
  ['Community figure', `${CATEGORY}by-community/`],
] as const;

/** The figure a list shows, as a number (an em dash counts as below every figure). */
function percentOf(text: string): number {
  const match = /(\d+)%/.exec(text);
  return match ? Number(match[1]) : -1;
}

async function listedTools(page: Page): Promise<{ name: string; panel: number }[]> {
  const items = page.getByTestId('category-tools').locator('li');
  return Promise.all(
    (await items.all()).map(async (item) => ({
      name: (await item.getByRole('heading').textContent())?.trim() ?? '',
      panel: percentOf((await item.getByTestId('list-figure').textContent()) ?? ''),
    })),
  );
}

// axe runs as a script in the page, so it checks with JavaScript on; these pages have none of their own.
// The newest-review and community orders are checked with every page kind (page-kinds.spec.ts).
test('the panel order has no axe violations', async ({ page }) => {
  await page.goto(`${CATEGORY}by-panel/`);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each order is marked current and lists every tool once', async ({ page }) => {
    for (const [label, path] of ORDERS) {
      await test.step(`${path} is the "${label}" order`, async () => {
        await page.goto(path);
        const nav = page.getByRole('navigation', { name: 'Order of the tools' });
        await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
        await expect(nav.locator('[aria-current]')).toHaveCount(1);
        const tools = await listedTools(page);
        expect(tools.map((t) => t.name).toSorted()).toEqual([
          'Hugging Face Inference Providers Marketplace',
          'Perplexity Deep Research API',
          'Perplexity Sonar Pro 2 API',
          'SmolVLM2-2B',
        ]);
      });
    }
  });

  test('the panel order puts higher figures first, as each tool page states them', async ({ page }) => {
    await page.goto(`${CATEGORY}by-panel/`);
    const tools = await listedTools(page);
    const figures = tools.map((t) => t.panel);
    expect(figures).toEqual(figures.toSorted((a, b) => b - a));
    // The first tool's own page shows the same latest figure.
    await page.getByTestId('category-tools').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tools[0]?.name ?? '');
    await expect(page.getByTestId('alternatives')).not.toContainText(tools[0]?.name ?? '');
  });

  test('a tool page lists the other tools of its category by panel figure, naming rounds', async ({
    page,
  }) => {
    await page.goto('/tools/perplexity-sonar-pro-2-api/');
    const items = page.getByTestId('alternatives').locator('li');
    await expect(items).toHaveCount(3);
    const texts = await items.allTextContents();
    for (const text of texts) expect(text).toMatch(/\(panel read of \d{1,2} \w+ \d{4}\)/);
    const figures = texts.map(percentOf);
    expect(figures).toEqual(figures.toSorted((a, b) => b - a));
    expect(texts.join(' ')).not.toContain('Perplexity Sonar Pro 2 API:');
  });
});
