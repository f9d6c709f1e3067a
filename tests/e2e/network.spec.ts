/**
 * Pages are self-contained: loading any page kind makes no request beyond
 * localhost and logs no console error (which includes CSP violations).
 */
import { PAGE_KINDS } from './support/pages.ts';
import { expect, test } from './support/test.ts';

for (const { kind, path } of PAGE_KINDS) {
  test(`${kind} page stays on localhost and logs no errors`, async ({ page, externalRequests }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(path(), { waitUntil: 'networkidle' });
    expect(externalRequests).toEqual([]);
    // A 404 page is fetched with status 404 on purpose; Chromium logs that as an error.
    expect(errors.filter((e) => !(kind === '404' && /status of 404/.test(e)))).toEqual([]);
  });
}

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
