/**
 * Layout facts per page kind at a desktop (1280 × 800), a phone (390 × 844) and the narrowest phone
 * (320 × 720) width: nothing is wider than the screen; table cells sit under their column headers; on
 * comparison pages, editorial and compare-any alike, the decision strip is within the first screen
 * and the two tool cards sit side by side and top-aligned on a desktop, one above the other on a
 * phone. The seed comparison pages stay within 4,000 px on a phone. Each page is loaded once and
 * laid out again at each width, as a browser window being resized does.
 */
import type { Page } from '@playwright/test';
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

/** The first screen of each width: comparison pages are checked at the first two. */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'narrowest phone', width: 320, height: 720 },
] as const;

type Viewport = (typeof VIEWPORTS)[number];

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

const COMPARISONS = new Set<string>([...COMPARISON_SLUGS.map(comparisonPath), COMPARE_ANY]);
const SEED_COMPARISONS = new Set<string>(COMPARISON_SLUGS.map(comparisonPath));

/** Nothing sticks out past the right edge, and (above the narrowest width) cells sit under their headers. */
async function expectFitsTheScreen(page: Page, viewport: Viewport): Promise<void> {
  const layout = await overflowing(page);
  expect.soft(layout.elements, 'elements wider than the screen').toEqual([]);
  expect.soft(layout.scrollWidth, 'page width').toBeLessThanOrEqual(layout.clientWidth);
  if (viewport.name !== 'narrowest phone') {
    expect.soft(await cellsOutsideHeaders(page), 'table cells outside their headers').toEqual([]);
  }
}

/** The decision strip on the first screen; the two tool cards side by side (desktop) or stacked (phone). */
async function expectAnswerFirst(page: Page, viewport: Viewport): Promise<void> {
  const decision = page.getByTestId('decision');
  await expect(decision).toBeVisible();
  const strip = await decision.boundingBox();
  expect
    .soft(strip && strip.y + strip.height, 'bottom of the decision strip')
    .toBeLessThanOrEqual(viewport.height);
  await expect.soft(decision.getByTestId('strip-row')).toHaveCount(2);

  const cards = page.locator('.tool-card');
  await expect(cards).toHaveCount(2);
  const [a, b] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(1).boundingBox()]);
  if (!a || !b) throw new Error('tool cards are not laid out');
  if (viewport.name === 'desktop') {
    expect.soft(Math.abs(a.y - b.y), 'tool cards top-aligned').toBeLessThanOrEqual(1);
    expect.soft(b.x, 'second card right of the first').toBeGreaterThanOrEqual(a.x + a.width);
  } else {
    expect.soft(b.y, 'second card below the first').toBeGreaterThanOrEqual(a.y + a.height);
  }
}

for (const path of PAGES) {
  test(`${path} fits every width${COMPARISONS.has(path) ? ', the answer and both tools on the first screen' : ''}`, async ({
    page,
  }) => {
    const [first] = VIEWPORTS;
    await page.setViewportSize({ width: first.width, height: first.height });
    await page.goto(path);
    if (path === COMPARE_ANY) await expect(page.getByTestId('decision')).toBeVisible();

    for (const viewport of VIEWPORTS) {
      await test.step(`${viewport.name} (${viewport.width} × ${viewport.height})`, async () => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectFitsTheScreen(page, viewport);
        if (COMPARISONS.has(path) && viewport.name !== 'narrowest phone')
          await expectAnswerFirst(page, viewport);
        if (SEED_COMPARISONS.has(path) && viewport.name === 'phone') {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          expect.soft(height, 'page height on a phone').toBeLessThanOrEqual(4000);
        }
      });
    }
  });
}
