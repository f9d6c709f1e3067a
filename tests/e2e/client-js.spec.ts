/**
 * Every page ships one tiny script, the loader of what a control needs on first use (the search
 * box's suggestions, the content of a block such as "Embed this" when it is opened); comparison
 * pages add one small script that imports nothing, votes in place (votes are on by default) and
 * shows "Your panel"; the code that sends a vote loads when the reader first reaches for a vote
 * button, and the panel's and the embed block's scripts only when the reader opens them. No other
 * JavaScript beyond structured data. They carry
 * their Content-Security-Policy in a meta tag and the local server also sends the `_headers` policy.
 * Other pages ship neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { EMBED_SCRIPT, VOTE_SCRIPT, YOUR_PANEL_SCRIPT } from '../../src/core/views/paths.ts';
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { DIST_DIR } from './support/paths.ts';
import { expect, test } from './support/test.ts';

/** Most bytes the comparison page's script (votes and "Your panel"'s loader) may weigh gzipped. */
const SCRIPT_BUDGET = 2048;

/** Most bytes a script a page loads on first use may weigh gzipped (Your panel's, the embed block's, the vote sender). */
const ON_USE_BUDGET = 2048;

/** A static import or re-export in a bundled script: a module that must load before it runs. */
const STATIC_IMPORT = /\bimport\s*[{*"'\w]|\bfrom\s*["']/;

/** Most bytes the first-use loader may weigh gzipped: it is on every page. */
const FIRST_USE_LOADER_BUDGET = 512;

/** Most bytes the suggestion script may weigh gzipped: it loads on the search box's first use. */
const SUGGEST_SCRIPT_BUDGET = 6144;

/** Module scripts of a page, by `src`. */
async function moduleScripts(page: Page): Promise<string[]> {
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((el) => ({ type: el.getAttribute('type'), src: el.getAttribute('src') })));
  expect(scripts.filter((s) => s.type !== 'module' && s.type !== 'application/ld+json')).toEqual([]);
  return scripts.filter((s) => s.type === 'module').map((s) => s.src ?? '');
}

const gzippedSize = (src: string) => gzipSync(readFileSync(join(DIST_DIR, src))).length;

/** The loader every page carries: the home page's only script. */
async function firstUseLoader(page: Page): Promise<string> {
  await page.goto('/');
  const [loader, ...others] = await moduleScripts(page);
  expect(others).toEqual([]);
  return loader ?? '';
}

for (const slug of COMPARISON_SLUGS) {
  test(
    `${comparisonPath(slug)}: the first-use loader and one script within 2 KB gzipped, the rest on first use, a policy that lets votes reach the same origin`,
    { tag: '@edge' },
    async ({ page }) => {
      const loader = await firstUseLoader(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const response = await page.goto(comparisonPath(slug), { waitUntil: 'networkidle' });

      await test.step('only the first-use loader and one script for votes and "Your panel", importing nothing', async () => {
        const scripts = await moduleScripts(page);
        expect(scripts).toHaveLength(2);
        expect(scripts).toContain(loader);
        for (const src of scripts.filter((s) => s !== loader)) {
          expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
          expect(gzippedSize(src), src).toBeLessThanOrEqual(SCRIPT_BUDGET);
          expect(readFileSync(join(DIST_DIR, src), 'utf8'), src).not.toMatch(STATIC_IMPORT);
        }
        await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
      });

      await test.step('a Content-Security-Policy in the page and in the response', async () => {
        const meta = page.locator('meta[http-equiv="Content-Security-Policy" i]');
        await expect(meta).toHaveCount(1);
        const policy = (await meta.getAttribute('content')) ?? '';
        expect(policy).toMatch(/default-src/);
        expect(policy).toContain("connect-src 'self'");
        expect(policy).toMatch(/form-action 'self'/);
        expect(response?.headers()['content-security-policy']).toMatch(/default-src/);
      });

      await test.step('the script that sends a vote (within 2 KB gzipped) loads when the reader reaches for a vote button', async () => {
        expect(requested).not.toContain(VOTE_SCRIPT.path);
        await page.getByTestId('tool-card').first().getByRole('button', { name: 'Ship' }).focus();
        await expect.poll(() => requested.filter((path) => path === VOTE_SCRIPT.path)).toHaveLength(1);
        expect(gzippedSize(VOTE_SCRIPT.path)).toBeLessThanOrEqual(ON_USE_BUDGET);
      });

      await test.step('the script of "Your panel" (within 2 KB gzipped) loads when the panel is opened', async () => {
        const panel = page.getByTestId('your-panel');
        await expect(panel).toBeVisible();
        expect(requested).not.toContain(YOUR_PANEL_SCRIPT.path);
        await panel.locator('summary').click();
        await expect(panel.locator('select').first()).toBeVisible();
        expect(requested.filter((path) => path === YOUR_PANEL_SCRIPT.path)).toHaveLength(1);
        expect(gzippedSize(YOUR_PANEL_SCRIPT.path)).toBeLessThanOrEqual(ON_USE_BUDGET);
      });

      await test.step('the script of "Embed this" (within 2 KB gzipped) loads when the block is opened', async () => {
        const embed = page.getByTestId('embed');
        expect(requested).not.toContain(EMBED_SCRIPT.path);
        await embed.locator('summary').click();
        await expect(embed.getByLabel('HTML')).toBeVisible();
        expect(requested.filter((path) => path === EMBED_SCRIPT.path)).toHaveLength(1);
        expect(gzippedSize(EMBED_SCRIPT.path)).toBeLessThanOrEqual(ON_USE_BUDGET);
      });
    },
  );
}

test('pages other than comparisons ship no vote form or script, only the first-use loader', async ({
  page,
}) => {
  const loader = await firstUseLoader(page);
  for (const path of ['/', '/tools/smolvlm2-2b/', '/categories/developer-tools/', '/votes/refused/']) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.locator('form[data-vote]')).toHaveCount(0);
      expect(await moduleScripts(page)).toEqual([loader]);
    });
  }
});

test('the first-use loader and the suggestion script stay within their budgets', async ({ page }) => {
  const loader = await firstUseLoader(page);
  expect(loader).toMatch(/^\/_astro\/[\w.-]+\.js$/);
  expect(gzippedSize(loader)).toBeLessThanOrEqual(FIRST_USE_LOADER_BUDGET);
  // The loader imports nothing: one request on every page, nothing more until a control is used.
  expect(readFileSync(join(DIST_DIR, loader), 'utf8')).not.toMatch(STATIC_IMPORT);
  expect(gzippedSize('/suggest/suggest.js')).toBeLessThanOrEqual(SUGGEST_SCRIPT_BUDGET);
});
