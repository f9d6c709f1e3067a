/**
 * An incremental build (Astro's page cache, the social-image cache and the search-bundle cache
 * kept from an earlier build) must publish exactly what a clean build of the same content
 * publishes: every page, record, image and search-index file, byte for byte. Checked on a copy
 * of the seed content after a one-file change and after changes that touch every page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'incremental-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const content = join(root, 'content');
cpSync('content', content, { recursive: true });

/** Runs `npm run build` on the content copy into `dist` with the caches under `caches`. */
function build(dist: string, caches: string): string {
  const run = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(caches, 'astro'),
      OG_CACHE_DIR: join(caches, 'og'),
      SEARCH_CACHE_DIR: join(caches, 'search'),
      // Several bundles, so a small change leaves some of them as they were.
      SEARCH_SHARD_PAGES: '2',
    },
  });
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  return log;
}

/** Digest of every file under `dir`, by site-relative path. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(file.slice(dir.length), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

function edit(file: string, from: RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`${file}: ${from} not found`);
  writeFileSync(path, text.replace(from, to));
}

let clean = 0;
/** A clean build of the current content: fresh output and fresh caches. */
function cleanBuild(): Map<string, string> {
  clean++;
  const dist = join(root, `clean-${clean}`);
  build(dist, join(root, `clean-caches-${clean}`));
  return files(dist);
}

const dist = join(root, 'dist');
const caches = join(root, 'caches');

describe('incremental build', () => {
  it(
    'publishes what a clean build publishes, after one file and after changes to every page',
    { timeout: 900_000 },
    () => {
      build(dist, caches);

      // One verdict's words: the tool's page and its comparisons change, the rest is reused.
      edit(
        'verdicts/perplexity-deep-research-api/2026-09-15/the-skeptic.md',
        /^Direct competitor here/m,
        'The direct competitor here',
      );
      const afterQuote = build(dist, caches);
      expect(afterQuote).toMatch(/\(restored\)/);
      expect(afterQuote).toMatch(/search index: .*\([1-9]\d* indexed, [1-9]\d* unchanged\)/);
      expect(files(dist)).toEqual(cleanBuild());

      // Two verdicts' calls: the tool's figure moves, so every page that shows it changes (its
      // comparisons, related lists, and the alternatives of every tool in its category).
      edit(
        'verdicts/perplexity-deep-research-api/2026-09-15/the-skeptic.md',
        /^verdict: (ship|skip)$/m,
        'verdict: skip',
      );
      edit(
        'verdicts/perplexity-deep-research-api/2026-09-15/the-operator.md',
        /^verdict: (ship|skip)$/m,
        'verdict: skip',
      );
      const afterVerdict = build(dist, caches);
      expect(afterVerdict).toMatch(/\(restored\)/);
      const incremental = files(dist);
      expect(incremental.size).toBeGreaterThan(30);
      expect(incremental).toEqual(cleanBuild());

      // A reviewer's and a tool's name appear on many pages, the images and the index.
      edit('reviewers/the-skeptic.md', /^name: .*$/m, 'name: The Doubter');
      edit('tools/smolvlm2-2b.md', /^name: .*$/m, 'name: SmolVLM Two');
      build(dist, caches);
      const renamed = files(dist);
      expect(renamed).not.toEqual(incremental);
      expect(renamed).toEqual(cleanBuild());
    },
  );
});
