/**
 * Layout facts per page kind at a desktop (1280 × 800) and a phone (390 × 844) width: nothing is
 * wider than the screen; table cells sit under their column headers; on comparison pages, editorial
 * and compare-any alike, the decision strip is within the first screen and the two tool cards sit
 * side by side and top-aligned on a desktop, one above the other on a phone. The seed comparison
 * pages stay within 4,000 px on a phone.
 */
import type { Page } from '@playwright/test';
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const COMPARE_ANY = '/compare/?a=perplexity-sonar-pro-2-api&b=perplexity-deep-research-api';

const PAGES = [
  '/',
  ...COMPARISON_SLUGS.map(comparisonPath),
  COMPARE_ANY,
  '/compare/',
  '/tools/smolvlm2-2b/',
  '/categories/developer-tools/',
  '/categories/developer-tools/by-community/',
  '/reviewers/',
  '/search/',
  '/votes/refused/',
  '/no-such-page/',
];

/** Elements sticking out past the right edge of the screen, outermost first, named for a failure message. */
async function overflowing(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    const elements = [...document.body.querySelectorAll('*')]
      .filter((el) => out(el) && !(el.parentElement && out(el.parentElement)))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, elements };
  });
}

/** Body cells that do not lie under their column's header, in every laid-out table with a header row. */
async function cellsOutsideHeaders(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((table) => getComputedStyle(table).display === 'table' && table.tHead?.rows[0])
      .flatMap((table, t) => {
        const heads = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.getBoundingClientRect());
        return [...table.tBodies].flatMap((body) =>
          [...body.rows].flatMap((row, r) =>
            [...row.cells].flatMap((cell, c) => {
              const head = heads[c];
              const box = cell.getBoundingClientRect();
              const fits = head && box.left >= head.left - 1 && box.right <= head.right + 1;
              return fits
                ? []
                : [`table ${t} row ${r} cell ${c}: ${Math.round(box.left)}-${Math.round(box.right)}px`];
            }),
          ),
        );
      }),
  );
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.name} (${viewport.width} × ${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of PAGES) {
      test(`${path}: nothing wider than the screen, every table cell under its header`, async ({ page }) => {
        await page.goto(path);
        if (path === COMPARE_ANY) await expect(page.getByTestId('decision')).toBeVisible();
        const layout = await overflowing(page);
        expect(layout.elements).toEqual([]);
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
        expect(await cellsOutsideHeaders(page)).toEqual([]);
      });
    }

    for (const path of [...COMPARISON_SLUGS.map(comparisonPath), COMPARE_ANY]) {
      test(`${path}: the answer and both tools' figures on the first screen; the cards in their places`, async ({
        page,
      }) => {
        await page.goto(path);
        const decision = page.getByTestId('decision');
        await expect(decision).toBeVisible();
        const strip = await decision.boundingBox();
        expect(strip && strip.y + strip.height).toBeLessThanOrEqual(viewport.height);
        await expect(decision.getByTestId('strip-row')).toHaveCount(2);

        const cards = page.locator('.tool-card');
        await expect(cards).toHaveCount(2);
        const [a, b] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(1).boundingBox()]);
        if (!a || !b) throw new Error('tool cards are not laid out');
        if (viewport.name === 'desktop') {
          expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(1);
          expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
        } else {
          expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
        }
      });
    }
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const slug of COMPARISON_SLUGS) {
    test(`${comparisonPath(slug)} is at most 4,000 px tall`, async ({ page }) => {
      await page.goto(comparisonPath(slug));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(4000);
    });
  }
});

test.describe('narrowest phone (320 px)', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const layout = await overflowing(page);
      expect(layout.elements).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    });
  }
});
