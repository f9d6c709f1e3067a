/**
 * Each seeded comparison page still says everything its seed in tests/fixtures/seeds says, now as
 * one part of a richer page: headline and dek, both tool cards with their figures (a tool
 * re-reviewed since keeps the read it was published with in its "as published" block), and every
 * quote under the right reviewer and tool, in the reviewer grid or the published read.
 */
import type { Locator, Page } from '@playwright/test';
import { communityAsShown, loadSeeds } from '../support/seeds.ts';
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
  test(`${comparisonPath(seed.slug)} says everything its seed says`, async ({ page }) => {
    const response = await page.goto(comparisonPath(seed.slug));
    expect(response?.status()).toBe(200);

    await test.step('names the pair in the headline and the dek', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
      const body = normalizeText((await page.locator('main').textContent()) ?? '');
      expect(body).toContain(normalizeText(seed.kicker));
      expect(body).toContain(normalizeText(seed.dek));
    });

    for (const [index, tool] of seed.tools.entries()) {
      await test.step(`tool card ${index + 1} shows ${tool.name}: ${tool.panelShip} panel ship, ${tool.community} community, ${tool.entry} entry`, async () => {
        const cards = page.getByTestId('tool-card');
        await expect(cards).toHaveCount(2);
        const card = cards.nth(index);
        await expect(card).toHaveJSProperty('tagName', 'ARTICLE');
        await expect(card.getByRole('heading', { name: tool.name, exact: true })).toBeVisible();
        const published = await publishedRead(page, card);

        const text = normalizeText((await published.textContent()) ?? '');
        expect(normalizeText((await card.textContent()) ?? '')).toContain(normalizeText(tool.category));
        expect(text).toContain(normalizeText(tool.tagline));
        expect(text).toContain(normalizeText(tool.description));

        expect(await showsFigure(published, 'panel-ship', 'Panel ship', tool.panelShip)).toBe(tool.panelShip);
        const community = communityAsShown(tool.community);
        expect(await showsFigure(card, 'community', 'Community', community)).toBe(community);
        expect(await showsFigure(card, 'entry-price', 'Entry', tool.entry)).toBe(tool.entry);
      });
    }

    await test.step("every published quote pair is one reviewer's, under the right tool", async () => {
      const quotes = await quotesByReviewer(page);
      const credited = seed.rows.map((row) => {
        const [a, b] = [normalizeText(row.quoteA), normalizeText(row.quoteB)];
        return (
          [...quotes.entries()].find(([, q]) => q.a.has(a) && q.b.has(b))?.[0] ??
          `none for "${a.slice(0, 40)}…"`
        );
      });
      expect(credited).not.toContainEqual(expect.stringMatching(/^none/));
      expect(new Set(credited).size).toBe(seed.rows.length);
    });
  });
}

test('a quote is credited to the same reviewer on every page it appears on', async ({ page }) => {
  // Pages sharing a tool round must agree on who said what.
  const creditedTo = new Map<string, string>();
  const conflicts: string[] = [];
  let seen = 0;
  for (const seed of seeds) {
    await page.goto(comparisonPath(seed.slug));
    for (const [reviewer, quotes] of await quotesByReviewer(page)) {
      for (const [tool, said] of [
        [seed.tools[0].name, quotes.a],
        [seed.tools[1].name, quotes.b],
      ] as const) {
        for (const quote of said) {
          const key = `${tool}: ${quote}`;
          const earlier = creditedTo.get(key);
          if (earlier !== undefined && earlier !== reviewer) {
            conflicts.push(`${key.slice(0, 80)}… credited to ${earlier} and ${reviewer} (${seed.slug})`);
          }
          creditedTo.set(key, reviewer);
          seen += 1;
        }
      }
    }
  }
  expect(conflicts).toEqual([]);
  // The SmolVLM2 pages share rounds, so some quotes must have been compared.
  expect(creditedTo.size).toBeLessThan(seen);
});

/**
 * Where a card's tool reads as the page was published: its "as published" block when the tool was
 * re-reviewed since, else the card itself.
 */
async function publishedRead(page: Page, card: Locator): Promise<Locator> {
  const slug = await card.getAttribute('data-tool');
  const block = page.locator(`[data-testid="as-published"][data-tool="${slug}"]`);
  return (await block.count()) > 0 ? block : card;
}

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

/** Every quote on the page by reviewer (their page link) and by side of the pair, grid and published reads alike. */
async function quotesByReviewer(page: Page): Promise<Map<string, { a: Set<string>; b: Set<string> }>> {
  const cards = await page.getByTestId('tool-card').all();
  const slugs = await Promise.all(cards.map((card) => card.getAttribute('data-tool')));
  const out = new Map<string, { a: Set<string>; b: Set<string> }>();
  const add = (reviewer: string, side: 'a' | 'b', quote: string): void => {
    const entry = out.get(reviewer) ?? { a: new Set<string>(), b: new Set<string>() };
    entry[side].add(normalizeText(quote));
    out.set(reviewer, entry);
  };
  const rows = page.getByTestId('scorecard-row');
  await expect(rows.first()).toBeAttached();
  for (const row of await rows.all()) {
    const reviewer = (await row.locator('a[href*="/reviewers/"]').first().getAttribute('href')) ?? '';
    for (const side of ['a', 'b'] as const) {
      const quote = row
        .locator('td')
        .nth(side === 'a' ? 0 : 1)
        .locator('blockquote');
      if ((await quote.count()) === 1) add(reviewer, side, (await quote.textContent()) ?? '');
    }
  }
  for (const block of await page.getByTestId('as-published').all()) {
    const side = slugs.indexOf(await block.getAttribute('data-tool')) === 0 ? 'a' : 'b';
    for (const call of await block.getByTestId('published-call').all()) {
      const reviewer = (await call.locator('a[href*="/reviewers/"]').first().getAttribute('href')) ?? '';
      add(reviewer, side, (await call.locator('blockquote').textContent()) ?? '');
    }
  }
  return out;
}
