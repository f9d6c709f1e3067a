/**
 * The RSS feeds read as a page when opened in a browser: an XSLT on the same origin turns them into
 * HTML styled by a stylesheet the Content-Security-Policy allows, while feed readers get plain RSS.
 */
import { expect, test } from './support/test.ts';

for (const path of ['/rss.xml', '/tools/smolvlm2-2b/rss.xml']) {
  test(`${path} opened in a browser is a styled, readable list`, async ({ page, request }) => {
    const xml = await (await request.get(path)).text();
    expect(xml).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const items = page.locator('.feed-items > li');
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.first().getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
    // The stylesheet applied: one readable column, not the browser's raw text.
    const width = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(46 * 16 + 1);
  });
}
