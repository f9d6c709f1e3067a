/**
 * Every page kind, one page each, loaded once: it answers with its status, makes no request beyond
 * localhost, logs no console error (which includes CSP violations), and has no axe violations in
 * the light or the dark colour scheme. The search page is checked again showing results.
 */
import { axeViolationsInBothSchemes } from './support/axe.ts';
import { PAGE_KINDS } from './support/pages.ts';
import { expect, test } from './support/test.ts';

for (const { kind, path, status } of PAGE_KINDS) {
  test(`${kind} page: status ${status}, self-contained, no console error, no axe violations`, async ({
    page,
    externalRequests,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(path(), { waitUntil: 'networkidle' });
    expect.soft(response?.status(), 'status').toBe(status);
    expect.soft(externalRequests, 'requests beyond localhost').toEqual([]);
    // A 404 page is fetched with status 404 on purpose; Chromium logs that as an error.
    expect
      .soft(
        errors.filter((e) => !(kind === '404' && /status of 404/.test(e))),
        'console errors',
      )
      .toEqual([]);
    const { light, dark } = await axeViolationsInBothSchemes(page);
    expect.soft(light, 'axe, light scheme').toEqual([]);
    expect.soft(dark, 'axe, dark scheme').toEqual([]);
  });
}

test('search page with results has no axe violations in either scheme', async ({ page }) => {
  await page.goto('/search/');
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).not.toHaveText(/loading|needs javascript/i);
  await main.getByLabel('Search comparisons and tools').fill('SmolVLM2');
  await expect(main.getByRole('article').getByRole('link').first()).toBeVisible();
  const { light, dark } = await axeViolationsInBothSchemes(page);
  expect.soft(light, 'axe, light scheme').toEqual([]);
  expect.soft(dark, 'axe, dark scheme').toEqual([]);
});

test('a request to another host is recorded and never reaches the network', async ({
  page,
  externalRequests,
}) => {
  // A blank page has no Content-Security-Policy to stop the request first.
  await page.goto('about:blank');
  const failed = page.waitForEvent('requestfailed');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://example.com/pixel.png';
    document.body.append(image);
  });
  expect((await failed).failure()?.errorText).toBe('net::ERR_NAME_NOT_RESOLVED');
  expect(externalRequests).toEqual(['https://example.com/pixel.png']);
});
