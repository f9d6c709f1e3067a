/**
 * Renamed slugs keep old links working. The seed content has no renamed slug, so the fixture in
 * tests/fixtures/aliases (a tool and a comparison, each with a retired slug) is built the way
 * `npm run preview` builds, served on its own port, and visited through its old URLs.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPreview, preparePreview, type PreparedPreview } from '../../src/build/preview-site.ts';
import { startServer, type RunningServer } from '../../src/server/static/static-server.ts';
import { PROJECT_ROOT } from './support/paths.ts';
import { expect, test } from './support/test.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'aliases');
const CANONICAL = '/compare/alpha-ai-vs-beta-bot/';
const HEADLINE = 'Alpha AI vs Beta Bot, renamed';

// One build and one server for the whole file: the tests share them in one worker.
test.describe.configure({ mode: 'serial' });

let prepared: PreparedPreview;
let server: RunningServer;
const at = (path: string) => new URL(path.slice(1), server.url).href;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  prepared = preparePreview({ contentDir: FIXTURE, today: '2026-02-01' });
  expect(prepared.problems).toEqual([]);
  buildPreview(prepared, PROJECT_ROOT, { quiet: true });
  server = await startServer({ dir: prepared.outDir, port: 0 });
});

test.afterAll(async () => {
  await server?.close();
  if (prepared) rmSync(prepared.workDir, { recursive: true, force: true });
});

const landings = [
  {
    what: 'a retired comparison slug',
    from: '/compare/alpha-writer-vs-beta-bot/',
    to: CANONICAL,
    heading: HEADLINE,
  },
  {
    what: 'the pair read in reverse',
    from: '/compare/beta-bot-vs-alpha-ai/',
    to: CANONICAL,
    heading: HEADLINE,
  },
  { what: 'a retired tool slug', from: '/tools/alpha-writer/', to: '/tools/alpha-ai/', heading: 'Alpha AI' },
];

for (const { what, from, to, heading } of landings) {
  test(`${what}: ${from} lands on ${to}`, async ({ page }) => {
    const response = await page.goto(at(from));
    expect(response?.status()).toBe(200);
    // The static redirect is a meta refresh, so wait for the second navigation.
    await expect(page).toHaveURL((url) => url.pathname === to);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  });
}

test('the old URL names the new page as canonical and links to it for anyone not redirected', async ({
  request,
}) => {
  const html = await (await request.get(at('/compare/alpha-writer-vs-beta-bot/'))).text();
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${CANONICAL}"`));
  expect(html).toContain(`<a href="${CANONICAL}">`);
  expect(html).toMatch(/<meta name="robots" content="noindex/);
});

test('hosts that read _redirects get a permanent redirect for every old URL', () => {
  const lines = readFileSync(join(prepared.outDir, '_redirects'), 'utf8').trim().split('\n');
  expect(lines).toEqual([
    `/compare/beta-bot-vs-alpha-ai/ ${CANONICAL} 301`,
    `/compare/alpha-writer-vs-beta-bot/ ${CANONICAL} 301`,
    '/tools/alpha-writer/ /tools/alpha-ai/ 301',
  ]);
});
