/**
 * The build's site loader reads content once per content version: a cached site never hides an
 * edit the dev server reported, and an edit nobody reported is not read.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// CONTENT_DIR is read when the config module loads, so it is set before the loader is imported,
// and modules another test file loaded in this worker are dropped first.
const dir = mkdtempSync(join(tmpdir(), 'site-loader-'));
cpSync('tests/fixtures/minimal', dir, { recursive: true });
const contentDirBefore = process.env['CONTENT_DIR'];
process.env['CONTENT_DIR'] = dir;
vi.resetModules();
const { bumpContentVersion, contentVersion } = await import('../../src/fs/content-version.ts');
const { getSite } = await import('../../src/fs/site-loader.ts');

const COMPARISON = join(dir, 'comparisons', 'alpha-ai-vs-beta-bot.md');
const withHeadline = (headline: string) =>
  `---\ntools: [alpha-ai, beta-bot]\npublished: 2026-01-12\nheadline: ${headline}\n---\n`;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (contentDirBefore === undefined) delete process.env['CONTENT_DIR'];
  else process.env['CONTENT_DIR'] = contentDirBefore;
  // The next test file in this worker loads the config module again, without this folder.
  vi.resetModules();
});

describe('getSite', () => {
  it('loads the content once while no change is reported', async () => {
    const first = getSite();
    expect(getSite()).toBe(first);
    expect((await first).comparisons[0]?.headline).toBe('Alpha AI vs Beta Bot');
    writeFileSync(COMPARISON, withHeadline('Edited but not reported'));
    expect((await getSite()).comparisons[0]?.headline).toBe('Alpha AI vs Beta Bot');
  });

  it('reads the edited content after the dev server reports a change', async () => {
    const before = getSite();
    writeFileSync(COMPARISON, withHeadline('Which one ships'));
    const version = contentVersion();
    bumpContentVersion();
    expect(contentVersion()).toBe(version + 1);
    const after = getSite();
    expect(after).not.toBe(before);
    expect((await after).comparisons[0]?.headline).toBe('Which one ships');
  });
});
