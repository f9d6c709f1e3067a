/** Compare any two tools: from a tool page to a side-by-side view drawn from static data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR } from './support/paths.ts';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';

const SONAR = 'perplexity-sonar-pro-2-api';
const DEEP = 'perplexity-deep-research-api';
/** Most bytes the compare-any script may weigh gzipped. */
const SCRIPT_BUDGET = 10 * 1024;

test('a tool page links every other tool, editorial comparisons where they exist', async ({ page }) => {
  await page.goto(`/tools/${SONAR}/`);
  const links = page.getByTestId('compare-with').getByRole('link');
  await expect(links).toHaveCount(3);
  await expect(links.filter({ hasText: 'SmolVLM2-2B' })).toHaveAttribute(
    'href',
    `/compare/smolvlm2-2b-vs-${SONAR}/`,
  );
  await expect(links.filter({ hasText: 'Perplexity Deep Research API' })).toHaveAttribute(
    'href',
    `/compare/?a=${SONAR}&b=${DEEP}`,
  );
});

test('an unpublished pair is drawn side by side, labelled, with a suggestion link', async ({ page }) => {
  await page.goto(`/tools/${SONAR}/`);
  await page.getByTestId('compare-with').getByRole('link', { name: 'Perplexity Deep Research API' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Perplexity Sonar Pro 2 API vs Perplexity Deep Research API',
    }),
  ).toBeVisible();
  await expect(page.locator('[data-compare-status]')).toContainText('Not an editorial comparison');
  const cards = page.getByTestId('compare-tool');
  await expect(cards).toHaveCount(2);
  for (const round of await page.getByTestId('compare-round').allTextContents()) {
    expect(round).toMatch(/^Panel read of \d{1,2} \w+ \d{4}: \d of 4 reviewers ship it$/);
  }
  await expect(page.locator('table.grid tbody tr')).toHaveCount(4);
  // The same decision strip as an editorial page, labelled once as not editorial.
  const decision = page.getByTestId('decision');
  await expect(decision.getByRole('heading')).toHaveText(/^(Panel pick: .+|Panel: a tie|No panel pick yet)$/);
  await expect(decision.getByTestId('strip-row')).toHaveCount(2);
  await expect(page.getByText('Not an editorial comparison')).toHaveCount(1);
  const suggest = page.getByRole('link', { name: 'Suggest this comparison' });
  const href = new URL((await suggest.getAttribute('href')) ?? '');
  expect(href.origin + href.pathname).toBe('https://github.com/example/shipworthy/new/main');
  expect(href.searchParams.get('filename')).toBe(`content/comparisons/${SONAR}-vs-${DEEP}.md`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('asked for what it cannot draw', () => {
  for (const [query, message] of [
    [`?a=${SONAR}&b=smolvlm2-2b`, 'The panel has compared these two'],
    [`?a=${SONAR}&b=${SONAR}`, 'Pick two different tools'],
    [`?a=${SONAR}&b=no-such-tool`, 'No tool is published as "no-such-tool"'],
    [`?a=${SONAR}&b=%3Cimg%20src%3Dx%3E`, 'does not name two tools'],
  ] as const) {
    test(`${query} says "${message}"`, async ({ page }) => {
      await page.goto(`/compare/${query}`);
      await expect(page.locator('[data-compare-status]')).toContainText(message);
      await expect(page.locator('#compare-any img')).toHaveCount(0);
    });
  }

  test('a reversed editorial pair links the editorial page', async ({ page }) => {
    await page.goto(`/compare/?a=${SONAR}&b=smolvlm2-2b`);
    await expect(page.getByRole('link', { name: 'read the editorial comparison' })).toHaveAttribute(
      'href',
      `/compare/smolvlm2-2b-vs-${SONAR}/`,
    );
  });
});

test('its one script stays within 10 KB gzipped and only this page loads it', async ({ page }) => {
  const moduleScripts = () =>
    page.locator('script[type="module"]').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? ''));
  // Every page carries the search box's suggestion loader; the home page carries nothing else.
  await page.goto('/');
  const everyPage = await moduleScripts();
  await page.goto(`/compare/?a=${SONAR}&b=${DEEP}`);
  const own = (await moduleScripts()).filter((src) => !everyPage.includes(src));
  expect(own).toHaveLength(1);
  expect(gzipSync(readFileSync(join(DIST_DIR, own[0] ?? ''))).length).toBeLessThanOrEqual(SCRIPT_BUDGET);
  await page.goto(`/tools/${SONAR}/`);
  expect(await moduleScripts()).toEqual(everyPage);
});

test('the page before a pair is picked has no axe violations', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.locator('[data-compare-status]')).toContainText('Pick two tools');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what it needs and lists the published comparisons', async ({ page }) => {
    await page.goto(`/compare/?a=${SONAR}&b=${DEEP}`);
    await expect(page.locator('[data-compare-status]')).toContainText('needs JavaScript');
    await expect(page.locator('[data-compare-fallback] a')).toHaveCount(3);
  });
});
