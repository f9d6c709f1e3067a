/**
 * What search results read like: the text Pagefind keeps for excerpts has a word boundary
 * wherever the page has one (never "FreeEntry"), each result names the review round its figures
 * come from, and a query that is exactly a tool's name lists that tool's page first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST_DIR } from './support/paths.ts';
import { openSearch, searchFor } from './support/search-page.ts';
import { expect, test } from './support/test.ts';

/** Every page's indexed text, read from the Pagefind fragments of every bundle. */
function indexedText(): { url: string; content: string }[] {
  const out: { url: string; content: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.pf_fragment')) {
        const raw = gunzipSync(readFileSync(full)).toString('utf8');
        const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
        out.push({ url: fragment.url, content: fragment.content });
      }
    }
  };
  walk(join(DIST_DIR, 'pagefind'));
  return out;
}

/** Words of a text, with the punctuation Pagefind adds at block ends stripped. */
function words(text: string): string[] {
  return (
    text
      .split(/\s+/)
      .map((w) =>
        w.replace(
          /^[.,;:!?'"()\u2018\u2019\u201c\u201d\u2026]+|[.,;:!?'"()\u2018\u2019\u201c\u201d\u2026]+$/g,
          '',
        ),
      )
      .filter((w) => w !== '')
      // Labels are drawn in capitals by CSS, which innerText reflects.
      .map((w) => w.toLowerCase())
  );
}

test.afterEach(({ externalRequests }) => {
  expect(externalRequests).toEqual([]);
});

test('indexed text has no words glued together across elements', async ({ page }) => {
  const pages = indexedText();
  expect(pages.length).toBeGreaterThanOrEqual(6);
  const glued: string[] = [];
  for (const { url, content } of pages) {
    await page.goto(url);
    // Text inside closed <details> is indexed but not rendered; open them so innerText holds it.
    await page.locator('details').evaluateAll((els) => els.forEach((el) => el.setAttribute('open', '')));
    // The words a reader sees: innerText keeps the line breaks between block and flex items.
    const seen = new Set(words(await page.getByRole('main').innerText()));
    for (const word of new Set(words(content))) if (!seen.has(word)) glued.push(`${url}: ${word}`);
  }
  expect(glued).toEqual([]);
});

/** Queries that are exactly a tool's name, and that tool's page. */
const TOOL_NAMES = [
  ['SmolVLM2-2B', '/tools/smolvlm2-2b/'],
  ['Perplexity Sonar Pro 2 API', '/tools/perplexity-sonar-pro-2-api/'],
  ['Perplexity Deep Research API', '/tools/perplexity-deep-research-api/'],
  ['Hugging Face Inference Providers Marketplace', '/tools/hugging-face-inference-providers-marketplace/'],
] as const;

test('results name their review round, and a tool name lists its page first', async ({ page }) => {
  await openSearch(page);
  const cards = page.getByRole('main').getByRole('article');

  for (const [name, path] of TOOL_NAMES) {
    await test.step(`the query "${name}" lists that tool's page first`, async () => {
      await searchFor(page, name);
      await expect
        .soft(cards.first().getByRole('link'), `first result for "${name}"`)
        .toHaveAttribute('href', path);
    });
  }

  await test.step('results name the review round their figures come from', async () => {
    await searchFor(page, 'SmolVLM2');
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) {
      await expect(card).toContainText(/panel read of \d{1,2} [A-Z][a-z]+ \d{4}/);
    }
    const tool = cards.filter({ has: page.locator('a[href="/tools/smolvlm2-2b/"]') });
    await expect(tool).toContainText('SmolVLM2-2B 100% (panel read of 15 September 2026)');
  });
});
