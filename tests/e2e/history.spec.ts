/**
 * Tool pages show every review round: date, figure, each reviewer's call with flips marked in
 * words and an icon, and tagline and description changes; a feed per tool announces new rounds.
 */
import { SITE } from '../../src/config.ts';
import { expect, test } from './support/test.ts';

const TOOL = '/tools/smolvlm2-2b/';

test('a tool page lists every round newest first with its figure and how it moved', async ({ page }) => {
  await page.goto(TOOL);
  const rounds = page.getByTestId('history-round');
  await expect(rounds).toHaveCount(2);
  await expect(rounds.nth(0)).toHaveAttribute('data-round', '2026-09-15');
  await expect(rounds.nth(0).getByRole('heading')).toHaveText('Panel read of 15 September 2026');
  await expect(rounds.nth(0)).toContainText(
    '100% panel ship: 4 of 4 reviewers ship it. Up from 75% on 2 June 2026.',
  );
  await expect(rounds.nth(1)).toHaveAttribute('data-round', '2026-06-02');
  await expect(rounds.nth(1)).toContainText('75% panel ship: 3 of 4 reviewers ship it.');
});

test("each reviewer's call is listed and a flip is marked with a word and an icon", async ({ page }) => {
  await page.goto(TOOL);
  const latest = page.getByTestId('history-round').first();
  await expect(latest.getByTestId('history-call')).toHaveCount(4);
  await expect(latest).toContainText('The Operator flipped from Skip to Ship.');
  const flips = latest.getByTestId('flip');
  await expect(flips).toHaveCount(1);
  await expect(flips).toHaveText('Flipped from Skip');
  await expect(flips.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  const operator = latest.locator('[data-testid="history-call"][data-reviewer="the-operator"]');
  await expect(operator.getByTestId('verdict')).toHaveAttribute('data-verdict', 'ship');
  await expect(operator.getByTestId('flip')).toBeVisible();
  // The first round has nothing to flip from.
  await expect(page.getByTestId('history-round').last().getByTestId('flip')).toHaveCount(0);
});

test('tagline and description changes are visible', async ({ page }) => {
  await page.goto(TOOL);
  const latest = page.getByTestId('history-round').first();
  await expect(latest.getByTestId('tagline-change')).toContainText(
    'It was “2B-parameter vision-language model that runs on your device, not theirs” in the round before.',
  );
  const description = latest.getByTestId('history-description');
  await description.getByText('Description changed in this round').click();
  await expect(description).toContainText('designed specifically for on-device inference');
  await expect(page.getByTestId('history-round').last().getByTestId('tagline-change')).toHaveCount(0);
});

test('a tool reviewed once shows one round and no changes', async ({ page }) => {
  await page.goto('/tools/perplexity-sonar-pro-2-api/');
  const rounds = page.getByTestId('history-round');
  await expect(rounds).toHaveCount(1);
  await expect(rounds).not.toContainText(/Up from|Down from|Unchanged from|flipped/);
});

test('each tool has a feed of its review rounds, linked from its page', async ({ page, request }) => {
  await page.goto(TOOL);
  const alternate = page.locator(
    'link[rel="alternate"][type="application/rss+xml"][href="/tools/smolvlm2-2b/rss.xml"]',
  );
  await expect(alternate).toHaveCount(1);
  await expect(page.locator('#history').getByRole('link', { name: /Follow new rounds/ })).toHaveAttribute(
    'href',
    '/tools/smolvlm2-2b/rss.xml',
  );

  const response = await request.get('/tools/smolvlm2-2b/rss.xml');
  expect(response.status()).toBe(200);
  const feed = await response.text();
  const titles = [...feed.matchAll(/<item><title>([^<]*)<\/title><link>([^<]*)<\/link>/g)].map((m) => [
    m[1],
    m[2],
  ]);
  expect(titles).toEqual([
    ['SmolVLM2-2B re-reviewed: 100% panel ship', `${SITE.url}/tools/smolvlm2-2b/#round-2026-09-15`],
    ['SmolVLM2-2B reviewed: 75% panel ship', `${SITE.url}/tools/smolvlm2-2b/#round-2026-06-02`],
  ]);
  expect(feed).toContain('The Operator flipped from Skip to Ship.');
});
