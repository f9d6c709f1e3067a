/**
 * `astro dev` for editors: an edit to a content file shows on the next request without a
 * restart, and the outputs a build writes after Astro (social image, JSON record) are served
 * too. Runs the real dev server on a free port over a temp copy of a fixture.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/core/newsletter/escape-html.ts';

const SLUG = 'alpha-ai-vs-beta-bot';
const temp = mkdtempSync(join(tmpdir(), 'dev-server-test-'));
const content = join(temp, 'content');
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Polls `path` until `check` accepts the response body or the deadline passes. */
async function eventually(path: string, check: (body: string) => boolean, ms = 20_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    last = await fetch(`${origin}${path}`)
      .then((r) => r.text())
      .catch(() => '');
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} never matched; last response:\n${last.slice(0, 500)}`);
}

beforeAll(async () => {
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--ignore-lock'],
    {
      env: {
        // Vitest's own variables (NODE_ENV=test, VITEST…) switch Astro into its test-suite modes.
        ...Object.fromEntries(
          Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
        ),
        CONTENT_DIR: content,
        VOTES: 'on',
        VOTES_DB: join(temp, 'votes.sqlite'),
        VOTES_SECRET: 'dev-server-test-secret-of-enough-length',
        CACHE_DIR: join(temp, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    },
  );
  await eventually(`/compare/${SLUG}/`, (body) => body.includes('<h1>'), 150_000);
}, 180_000);

afterAll(() => {
  server?.kill();
  rmSync(temp, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('shows a content edit on the next request', async () => {
    const file = join(content, 'comparisons', `${SLUG}.md`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('published:', 'headline: Freshly edited headline\npublished:'),
    );
    const page = await eventually(`/compare/${SLUG}/`, (body) => body.includes('Freshly edited headline'));
    expect(page).toContain('<h1>Freshly edited headline</h1>');
  }, 30_000);

  it('serves the JSON record of a comparison from the current content', async () => {
    const body = await eventually(`/data/comparisons/${SLUG}.json`, (b) => b.startsWith('{'));
    expect(JSON.parse(body)).toMatchObject({ slug: SLUG });
  }, 30_000);

  it('serves the social image of a comparison', async () => {
    const response = await fetch(`${origin}/og/${SLUG}.png`);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }, 30_000);

  it("serves the search box's suggestion index and its script from the current content", async () => {
    const manifest = JSON.parse(await eventually('/suggest/index.json', (b) => b.startsWith('{'))) as {
      parts: Record<string, string>;
    };
    const part = manifest.parts['a'];
    expect(part).toMatch(/^[0-9a-f]{16}\.json$/);
    const rows = (await (await fetch(`${origin}/suggest/p/${part}`)).json()) as [string, string][];
    expect(rows.map((row) => row[1])).toContain('alpha-ai');
    const script = await fetch(`${origin}/src/client/suggest/box.ts`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('attachSuggestions');
  }, 30_000);

  it('answers the vote API on the embedded store, for the comparisons in the current content', async () => {
    const response = await fetch(`${origin}/api/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ comparison: SLUG, tool: 'beta-bot', call: 'skip' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      comparison: SLUG,
      tools: { 'beta-bot': { ship: 0, skip: 1, total: 1 } },
      yours: { 'beta-bot': 'skip' },
    });
    expect((await fetch(`${origin}/api/votes/no-such-vs-pair`)).status).toBe(404);
  }, 30_000);

  it('shows the validator lines, not a stack trace or code frame, while content has an error', async () => {
    const file = join(content, 'tools', 'alpha-ai.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('category: Writing', 'category: Writting'));
    try {
      const page = await eventually(`/compare/${SLUG}/`, (body) => body.includes('content error'));
      expect(page).toContain(
        escapeHtml(
          `${content}/tools/alpha-ai.md:3: category: 'Writting' is not allowed. Did you mean 'Writing'?`,
        ),
      );
      expect(page).not.toMatch(/\n\s+at |node_modules|\.astro:\d+|\.ts:\d+:\d+/);
      expect((await fetch(`${origin}/compare/${SLUG}/`)).status).toBe(500);
      // The file watcher merges changes to one file made within moments of each other; an editor's
      // saves are seconds apart, so the fix is saved a second later, as one would be.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      writeFileSync(file, original);
    }
    await eventually(`/compare/${SLUG}/`, (body) => body.includes('<h1>') && !body.includes('content error'));
  }, 60_000);

  it('leaves unknown slugs to the 404 page', async () => {
    expect((await fetch(`${origin}/og/no-such-pair.png`)).status).toBe(404);
  }, 30_000);
});
