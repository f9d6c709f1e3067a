/**
 * The newsletter signup is on comparison pages, labelled, and honest: with no
 * email provider configured (the default build) it says signup is not open.
 */
import { loadSeeds } from '../support/seeds.ts';
import { comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';
import { normalizeText } from './support/text.ts';

const seed = loadSeeds()[0];
if (seed === undefined) throw new Error('No seed pages in tests/fixtures/seeds');

test.describe('newsletter form on a comparison page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(comparisonPath(seed.slug));
  });

  test('shows the newsletter name, heading and pitch', async ({ page }) => {
    const text = normalizeText((await page.locator('body').textContent()) ?? '');
    for (const line of Object.values(seed.newsletter)) expect(text).toContain(normalizeText(line));
    await expect(page.getByRole('heading', { name: seed.newsletter.heading })).toBeVisible();
  });

  test('has a labelled email field', async ({ page }) => {
    const form = page.getByTestId('newsletter-form');
    await expect(form).toBeVisible();
    const email = form.locator('input[type="email"]');
    await expect(email).toHaveCount(1);
    await expect(email).toHaveAccessibleName(/\S/);
    await expect(form.getByRole('textbox', { name: /e-?mail/i })).toBeVisible();
  });

  test('says signup is not open and posts nowhere when no provider is configured', async ({ page }) => {
    const form = page.getByTestId('newsletter-form');
    await expect(form).toContainText(/not open/i);
    const action = await form.evaluate((el) =>
      el instanceof HTMLFormElement
        ? el.getAttribute('action')
        : el.querySelector('form')?.getAttribute('action'),
    );
    expect(action ?? '').not.toMatch(/^https?:/);
  });
});
