/**
 * Each seeded comparison page reads exactly as its seed in tests/fixtures/seeds:
 * headline, both tool cards with their figures, and every quote in the
 * scorecard under the right reviewer and tool.
 */
import type { Locator, Page } from '@playwright/test';
import { loadSeeds } from '../support/seeds.ts';
import { comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';
import { normalizeText } from './support/text.ts';

const seeds = loadSeeds();

test('every seeded comparison has a seed page', () => {
  expect(seeds.map((s) => s.slug).sort()).toEqual(
    [
      'hugging-face-inference-providers-marketplace-vs-smolvlm2-2b',
      'smolvlm2-2b-vs-perplexity-deep-research-api',
      'smolvlm2-2b-vs-perplexity-sonar-pro-2-api',
    ].sort(),
  );
});

for (const seed of seeds) {
  test.describe(comparisonPath(seed.slug), () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(comparisonPath(seed.slug));
      expect(response?.status()).toBe(200);
    });

    test('names the pair in the headline and the dek', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
      const body = normalizeText((await page.locator('main').textContent()) ?? '');
      expect(body).toContain(normalizeText(seed.kicker));
      expect(body).toContain(normalizeText(seed.dek));
    });

    for (const [index, tool] of seed.tools.entries()) {
      test(`tool card ${index + 1} shows ${tool.name}: ${tool.panelShip} panel ship, ${tool.community} community, ${tool.entry} entry`, async ({
        page,
      }) => {
        const cards = page.getByTestId('tool-card');
        await expect(cards).toHaveCount(2);
        const card = cards.nth(index);
        await expect(card).toHaveJSProperty('tagName', 'ARTICLE');
        await expect(card.getByRole('heading', { name: tool.name, exact: true })).toBeVisible();

        const text = normalizeText((await card.textContent()) ?? '');
        expect(text).toContain(normalizeText(tool.category));
        expect(text).toContain(normalizeText(tool.tagline));
        expect(text).toContain(normalizeText(tool.description));

        expect(await showsFigure(card, 'panel-ship', 'Panel ship', tool.panelShip)).toBe(tool.panelShip);
        expect(await showsFigure(card, 'community', 'Community', tool.community)).toBe(tool.community);
        expect(await showsFigure(card, 'entry-price', 'Entry', tool.entry)).toBe(tool.entry);
      });
    }

    test('scorecard: one row per reviewer, each quote under its tool, in seed order', async ({ page }) => {
      const rows = await scorecard(page);
      expect(rows.map((r) => r.reviewer.name)).not.toContain('');
      expect(new Set(rows.map((r) => r.reviewer.id)).size).toBe(rows.length);
      expect(rows.map((r) => [r.quoteA, r.quoteB])).toEqual(
        seed.rows.map((r) => [normalizeText(r.quoteA), normalizeText(r.quoteB)]),
      );
    });
  });
}

test('a quote is credited to the same reviewer on every page it appears on', async ({ page }) => {
  // Seeds fix row order per page, not reviewer names; pages sharing a tool round
  // must still agree on who said what.
  const creditedTo = new Map<string, string>();
  const conflicts: string[] = [];
  for (const seed of seeds) {
    await page.goto(comparisonPath(seed.slug));
    const rows = await scorecard(page);
    for (const row of rows) {
      for (const [tool, quote] of [
        [seed.tools[0].name, row.quoteA],
        [seed.tools[1].name, row.quoteB],
      ] as const) {
        const key = `${tool}: ${quote}`;
        const earlier = creditedTo.get(key);
        if (earlier !== undefined && earlier !== row.reviewer.id) {
          conflicts.push(`${key.slice(0, 80)}… credited to ${earlier} and ${row.reviewer.id} (${seed.slug})`);
        }
        creditedTo.set(key, row.reviewer.id);
      }
    }
  }
  expect(conflicts).toEqual([]);
  // The two SmolVLM2 pages share a round, so some quotes must have been compared.
  expect(creditedTo.size).toBeLessThan(seeds.reduce((n, s) => n + 2 * s.rows.length, 0));
});

/**
 * Checks that a tool card's `testId` element reads `value` first, then its label
 * if it holds one, as the seed lines do. Returns `value` when it does, else the
 * element's text, so a failure shows what the page said.
 */
async function showsFigure(card: Locator, testId: string, label: string, value: string): Promise<string> {
  const element = card.getByTestId(testId);
  await expect(element).toHaveCount(1);
  const text = normalizeText(await element.innerText());
  const pattern = new RegExp(`^${escapeRegExp(value)}(\\s+${escapeRegExp(label)}\\b|$)`, 'i');
  return pattern.test(text) ? value : `"${text}"`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface RenderedRow {
  reviewer: { id: string; name: string };
  quoteA: string;
  quoteB: string;
}

/** The scorecard as rendered: reviewer of each row and its two quotes in column order. */
async function scorecard(page: Page): Promise<RenderedRow[]> {
  const rows = page.getByTestId('scorecard-row');
  await expect(rows.first()).toBeVisible();
  const out: RenderedRow[] = [];
  for (const row of await rows.all()) {
    const quotes = row.locator('blockquote');
    await expect(quotes).toHaveCount(2);
    out.push({
      reviewer: await reviewerOf(row),
      quoteA: normalizeText((await quotes.nth(0).textContent()) ?? ''),
      quoteB: normalizeText((await quotes.nth(1).textContent()) ?? ''),
    });
  }
  return out;
}

/** Who a row belongs to: the reviewer's page link when there is one, else the row header. */
async function reviewerOf(row: Locator): Promise<{ id: string; name: string }> {
  const link = row.locator('a[href*="/reviewers/"]').first();
  if ((await link.count()) > 0) {
    const name = normalizeText((await link.textContent()) ?? '');
    return { id: (await link.getAttribute('href')) ?? name, name };
  }
  const header = row.locator('th, h2, h3, h4').first();
  const name = normalizeText((await header.textContent()) ?? '');
  return { id: name, name };
}
