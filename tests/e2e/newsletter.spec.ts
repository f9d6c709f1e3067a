/**
 * The newsletter section is on comparison pages and honest: with no email provider configured
 * (the default build) it offers no form to fill in, says signup is not open and points to the feed.
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

  test('says signup is not open, offers no address field and points to the RSS feed', async ({ page }) => {
    const section = page.locator('section.newsletter');
    await expect(section.getByTestId('newsletter-closed')).toContainText(/not open yet/i);
    await expect(section.locator('form, input')).toHaveCount(0);
    await expect(section.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/rss.xml');
  });
});
