/**
 * `npm run preview -- <a> <b>` shows a pair before its comparison file exists: it validates a
 * temp copy of the content with the pair added and builds the site from it, never touching the
 * content folder itself. A successful preview builds the live test site (tests/build/next-editor).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparePreview } from '../../src/build/preview-site.ts';

// Publishes alpha-ai vs beta-bot; gamma-scribe has a review round but no comparison yet.
const FIXTURE = 'tests/fixtures/unpublished-pair';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the tests. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preview-test-'));
  made.push(dir);
  return dir;
}

function preview(args: string[]) {
  const out = tempDir();
  const run = spawnSync(
    process.execPath,
    [
      'scripts/preview.ts',
      ...args,
      '--no-serve',
      '--content',
      FIXTURE,
      '--today',
      '2026-02-01',
      '--out',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

describe('preparePreview', () => {
  const prepare = (pair: [string, string]) =>
    preparePreview({
      contentDir: FIXTURE,
      pair,
      today: '2026-02-01',
      workDir: tempDir(),
    });

  it('adds the comparison, published today, to a copy of the content', () => {
    const prepared = prepare(['gamma-scribe', 'alpha-ai']);
    expect(prepared).toMatchObject({ ok: true, added: true, pagePath: '/compare/gamma-scribe-vs-alpha-ai/' });
    expect(
      readFileSync(join(prepared.contentDir, 'comparisons', 'gamma-scribe-vs-alpha-ai.md'), 'utf8'),
    ).toContain('published: 2026-02-01');
    expect(existsSync(join(FIXTURE, 'comparisons', 'gamma-scribe-vs-alpha-ai.md'))).toBe(false);
  });

  it('shows a pair published in the other order as it is', () => {
    const prepared = prepare(['beta-bot', 'alpha-ai']);
    expect(prepared).toMatchObject({ ok: true, added: false, pagePath: '/compare/alpha-ai-vs-beta-bot/' });
  });

  it('reports problems with the paths the editor knows, and a suggestion', () => {
    const prepared = prepare(['alpha', 'beta-bot']);
    expect(prepared.ok).toBe(false);
    expect(prepared.added).toBe(true);
    expect(prepared.problems.map((p) => `${p.file}: ${p.message}`)).toContain(
      `${FIXTURE}/comparisons/alpha-vs-beta-bot.md: unknown tool 'alpha'. Did you mean 'alpha-ai'?`,
    );
    expect(existsSync(join(FIXTURE, 'comparisons', 'alpha-vs-beta-bot.md'))).toBe(false);
  });
});

describe('npm run preview -- --no-serve', () => {
  // Starts a Node process, which alone can take seconds on a busy shared machine.
  it('exits 1 without building when the pair does not validate', { timeout: 60_000 }, () => {
    const run = preview(['alpha', 'beta-bot']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("unknown tool 'alpha'. Did you mean 'alpha-ai'?");
    expect(run.stdout).toBe('');
  });
});
