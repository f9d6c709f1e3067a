/**
 * Comparison pages ship two small scripts, the vote script (votes are on by default) and "Your
 * panel", and no other JavaScript beyond structured data; they carry their Content-Security-Policy
 * in a meta tag and the local server also sends the `_headers` policy. Other pages ship neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { DIST_DIR } from './support/paths.ts';
import { expect, test } from './support/test.ts';

/** Most bytes the vote script, and "Your panel", may each weigh gzipped. */
const SCRIPT_BUDGET = 2048;

for (const slug of COMPARISON_SLUGS) {
  test.describe(comparisonPath(slug), () => {
    test('has only the vote and "Your panel" scripts (each within 2 KB gzipped) besides JSON-LD, and no module preloads', async ({
      page,
    }) => {
      await page.goto(comparisonPath(slug));
      const scripts = await page
        .locator('script')
        .evaluateAll((els) =>
          els.map((el) => ({ type: el.getAttribute('type'), src: el.getAttribute('src') })),
        );
      const others = scripts.filter((s) => s.type !== 'application/ld+json' || s.src !== null);
      expect(others).toHaveLength(2);
      for (const script of others) {
        expect(script.type).toBe('module');
        const src = script.src ?? '';
        expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        const gzipped = gzipSync(readFileSync(join(DIST_DIR, src))).length;
        expect(gzipped, src).toBeLessThanOrEqual(SCRIPT_BUDGET);
      }
      await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
    });

    test('declares a Content-Security-Policy that lets votes reach the same origin', async ({ page }) => {
      const response = await page.goto(comparisonPath(slug));
      const meta = page.locator('meta[http-equiv="Content-Security-Policy" i]');
      await expect(meta).toHaveCount(1);
      const policy = (await meta.getAttribute('content')) ?? '';
      expect(policy).toMatch(/default-src/);
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toMatch(/form-action 'self'/);
      expect(response?.headers()['content-security-policy']).toMatch(/default-src/);
    });
  });
}

for (const path of ['/', '/tools/smolvlm2-2b/', '/categories/developer-tools/', '/votes/refused/']) {
  test(`${path} ships no vote form or script`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('form[data-vote]')).toHaveCount(0);
    await expect(page.locator('script[type="module"]')).toHaveCount(0);
  });
}
