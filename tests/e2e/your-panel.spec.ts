/**
 * "Your panel" on a comparison page: a reader opens it (which loads its script), weights the
 * reviewers, sees each tool's ship figure recomputed as their own beside the panel's, finds it
 * again after a reload, and sends nothing.
 * Expected figures come from the calls the page's grid shows, not from today's content.
 */
import { YOUR_PANEL_SCRIPT } from '../../src/core/views/paths.ts';
import { YOUR_PANEL_KEY } from '../../src/core/views/your-panel.ts';
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';

const PATH = comparisonPath(COMPARISON_SLUGS[0]);

/** The first reviewer's slug and their call on each side (empty when none), as the grid states them. */
async function firstReviewer(page: Page): Promise<{ slug: string; a: string; b: string }> {
  const row = page.locator('tr[data-reviewer]').first();
  const slug = (await row.getAttribute('data-reviewer')) ?? '';
  const call = async (cell: number) => {
    const chip = row.locator('td').nth(cell).locator('[data-verdict]');
    return (await chip.count()) === 1 ? ((await chip.getAttribute('data-verdict')) ?? '') : '';
  };
  return { slug, a: await call(0), b: await call(1) };
}

test('weights recompute both figures as the reader’s own, survive a reload and send nothing', async ({
  page,
}) => {
  await page.goto(PATH);
  const panel = page.getByTestId('your-panel');
  await expect(panel).toBeVisible();
  const yours = page.locator('[data-yours]').filter({ visible: true });
  await expect(yours).toHaveCount(0);

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const first = await firstReviewer(page);
  await panel.locator('summary').click();
  const selects = panel.locator('select[data-weight]');
  // The panel's controls are drawn by its script, which loads when the panel is first opened.
  await expect(selects.first()).toBeVisible();
  for (const select of await selects.all()) {
    const slug = await select.getAttribute('data-weight');
    await select.selectOption({ label: slug === first.slug ? 'Count three times' : 'Leave out' });
  }
  // Only the first reviewer counts now: each tool's figure is that reviewer's call.
  const expected = (call: string) => `Yours: ${call === '' ? '\u2014' : call === 'ship' ? '100%' : '0%'}`;
  await expect(page.locator('[data-yours="a"]')).toHaveText(expected(first.a));
  await expect(page.locator('[data-yours="b"]')).toHaveText(expected(first.b));
  await expect(panel.getByRole('status')).toContainText('With your weights:');
  // Opening the panel loads its script; the weights go nowhere.
  expect(requests.map((url) => new URL(url).pathname)).toEqual([YOUR_PANEL_SCRIPT.path]);

  await page.reload();
  await expect(page.getByTestId('your-panel')).toHaveAttribute('open', '');
  await expect(page.locator('[data-yours="a"]')).toHaveText(expected(first.a));
  expect(await page.evaluate((key) => localStorage.getItem(key), YOUR_PANEL_KEY)).toContain(first.slug);

  await page.getByRole('button', { name: "Reset to the panel's weights" }).click();
  await expect(page.locator('[data-yours]').filter({ visible: true })).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), YOUR_PANEL_KEY)).toBeNull();
});

test('stored weights that are not ours are ignored', async ({ page }) => {
  await page.addInitScript(
    (key) => localStorage.setItem(key, '{"__proto__":{"x":1},"nobody":3,"a":"<b>"}'),
    YOUR_PANEL_KEY,
  );
  await page.goto(PATH);
  await expect(page.getByTestId('your-panel')).toBeVisible();
  await expect(page.locator('[data-yours]').filter({ visible: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the panel’s figures stand alone', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByTestId('your-panel')).toBeHidden();
    await expect(page.locator('[data-yours]').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByTestId('decision')).toBeVisible();
  });
});
