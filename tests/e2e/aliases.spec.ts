/**
 * Renamed slugs keep old links working on a plain static host: the old URL is a page that sends
 * the reader on, and `_redirects` gives hosts that read it a permanent redirect. Runs in the `live`
 * project, on content/ plus the next editor's additions, whose first tool and comparison were
 * renamed once (tests/support/next-editor.ts); expectations come from what was added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { liveAdditions, testSite } from '../support/test-sites.ts';
import { expect, test } from './support/test.ts';

/** Old and new paths of each renamed page, read when a test runs (after the build). */
function renamed() {
  const added = liveAdditions();
  const [tool] = added.tools;
  return {
    comparison: {
      from: `/compare/${added.retired.comparison}/`,
      to: `/compare/${added.comparison}/`,
      heading: added.tools.map((t) => t.name).join(' vs '),
    },
    tool: {
      from: `/tools/${added.retired.tool}/`,
      to: `/tools/${tool?.slug ?? ''}/`,
      heading: tool?.name ?? '',
    },
  };
}

for (const kind of ['comparison', 'tool'] as const) {
  test(`a retired ${kind} slug lands on the ${kind} page`, async ({ page }) => {
    const { from, to, heading } = renamed()[kind];
    const response = await page.goto(from);
    expect(response?.status()).toBe(200);
    // The static redirect is a meta refresh, so wait for the second navigation.
    await expect(page).toHaveURL((url) => url.pathname === to);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  });
}

test('the old URL names the new page as canonical and links to it for anyone not redirected', async ({
  request,
}) => {
  const { from, to } = renamed().comparison;
  const html = await (await request.get(from)).text();
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${to}"`));
  expect(html).toContain(`<a href="${to}">`);
  expect(html).toMatch(/<meta name="robots" content="noindex/);
});

test('hosts that read _redirects get a permanent redirect for every old URL', () => {
  const lines = readFileSync(join(testSite('live').dist, '_redirects'), 'utf8')
    .trim()
    .split('\n');
  const { comparison, tool } = renamed();
  expect(lines).toContain(`${comparison.from} ${comparison.to} 301`);
  expect(lines).toContain(`${tool.from} ${tool.to} 301`);
});
