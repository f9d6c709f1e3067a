import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../src/build/search-index/search-index.ts';
import { DEFAULT_CHUNK_SIZE as chunkSize } from '../../src/build/search-index/search-shards.ts';

const root = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, text: string, indexed = true) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site of the given pages (site-relative path → HTML), in a fresh folder. */
function site(name: string, pages: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

/** Every file of the index with its bytes, for comparing two builds. */
function indexFiles(dir: string): Map<string, string> {
  const base = join(dir, 'pagefind');
  const out = new Map<string, string>();
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(file.slice(base.length), readFileSync(file).toString('base64'));
  }
  return out;
}

const threePages = {
  'compare/alpha-vs-beta/index.html': page('Alpha vs Beta', 'Alpha drafts quickly, Beta checks facts.'),
  'compare/beta-vs-alpha/index.html': page('Redirect', 'Moved to Alpha vs Beta.', false),
  'compare/alpha-vs-gamma/index.html': page('Alpha vs Gamma', 'Gamma transcribes meetings.'),
  'tools/alpha/index.html': page('Alpha', 'A drafting assistant with a glossary.'),
  'index.html': page('Home', 'Not under an indexed folder.'),
};

describe('buildSearchIndex', () => {
  it.each([
    ['a site folder that does not exist', join(root, 'missing'), /does not exist; run astro build first/],
    [
      'a site with no page under compare/ or tools/',
      site('empty', { 'index.html': page('Home', 'Hello') }),
      /^no indexed pages: .* has no page under compare\/ or tools\//,
    ],
  ])('refuses %s with its own message', async (_, siteDir, message) => {
    const run = buildSearchIndex({ siteDir, shardPages: 10, chunkSize });
    await expect(run).rejects.toBeInstanceOf(SearchIndexError);
    await expect(run).rejects.toThrow(message);
  });

  it('indexes only the pages that carry data-pagefind-body, in bundles of at most shardPages', async () => {
    const dir = site('plain', threePages);
    const result = await buildSearchIndex({ siteDir: dir, shardPages: 2, chunkSize });
    expect(result).toEqual({ pages: 3, bundles: 2, indexed: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({
      bundles: ['/pagefind/', '/pagefind/part-2/'],
      tag: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    const entry = (bundle: string) =>
      JSON.parse(readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
    const counts = ['pagefind', 'pagefind/part-2'].map((b) => entry(b).languages['en']?.page_count);
    expect(counts).toEqual([2, 1]);
  });

  it('reuses cached bundles whose pages did not change, and gives the same bytes as a fresh index', async () => {
    const cacheDir = join(root, 'cache');
    const dir = site('cached', threePages);
    expect((await buildSearchIndex({ siteDir: dir, shardPages: 2, chunkSize, cacheDir })).indexed).toBe(2);
    const first = indexFiles(dir);

    const tag = () =>
      (JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8')) as { tag: string }).tag;
    const firstTag = tag();
    expect((await buildSearchIndex({ siteDir: dir, shardPages: 2, chunkSize, cacheDir })).indexed).toBe(0);
    expect(indexFiles(dir)).toEqual(first);
    // The same index keeps its version, so returning readers keep their copy of the entry files.
    expect(tag()).toBe(firstTag);

    // alpha-vs-gamma is dealt into the second bundle: only that one is indexed again.
    writeFileSync(
      join(dir, 'compare/alpha-vs-gamma/index.html'),
      page('Alpha vs Gamma', 'Gamma now dubs video.'),
    );
    expect((await buildSearchIndex({ siteDir: dir, shardPages: 2, chunkSize, cacheDir })).indexed).toBe(1);
    expect(tag()).not.toBe(firstTag);
    const fresh = site('fresh', { ...threePages });
    writeFileSync(
      join(fresh, 'compare/alpha-vs-gamma/index.html'),
      page('Alpha vs Gamma', 'Gamma now dubs video.'),
    );
    await buildSearchIndex({ siteDir: fresh, shardPages: 2, chunkSize });
    expect(indexFiles(dir)).toEqual(indexFiles(fresh));
    // Bundles of the first build that no page set uses any more are pruned from the cache.
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('splits the word index into chunks of at most chunkSize word locations', async () => {
    const chunks = async (name: string, size: number) => {
      const dir = site(name, threePages);
      await buildSearchIndex({ siteDir: dir, shardPages: 10, chunkSize: size });
      return readdirSync(join(dir, 'pagefind/index')).length;
    };
    const [one, many] = [await chunks('chunk-default', chunkSize), await chunks('chunk-tiny', 1)];
    expect(one).toBe(1);
    expect(many).toBeGreaterThan(10);
  });

  it('indexes a cached bundle again when the chunk size changes', async () => {
    const cacheDir = join(root, 'cache-chunks');
    const dir = site('cached-chunks', threePages);
    expect((await buildSearchIndex({ siteDir: dir, shardPages: 10, chunkSize, cacheDir })).indexed).toBe(1);
    const first = indexFiles(dir);
    expect((await buildSearchIndex({ siteDir: dir, shardPages: 10, chunkSize: 1, cacheDir })).indexed).toBe(
      1,
    );
    expect(indexFiles(dir)).not.toEqual(first);
  });

  it.each([0, 2.5])('refuses a chunk size of %s', async (size) => {
    const dir = site(`bad-chunk-${size}`, threePages);
    const run = buildSearchIndex({ siteDir: dir, shardPages: 10, chunkSize: size });
    await expect(run).rejects.toThrow(/chunkSize must be a positive integer/);
  });

  it('removes the index folder when a step fails', async () => {
    const dir = site('bad-shards', threePages);
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    await expect(buildSearchIndex({ siteDir: dir, shardPages: 0, chunkSize })).rejects.toThrow(RangeError);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });
});
