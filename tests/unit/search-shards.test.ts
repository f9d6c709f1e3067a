import { describe, expect, it } from 'vitest';
import {
  bundlesManifest,
  chunkSizeFromEnv,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_SHARD_PAGES,
  planShards,
  shardPagesFromEnv,
} from '../../src/build/search-index/search-shards.ts';

const pages = (n: number) =>
  Array.from({ length: n }, (_, i) => `compare/p-${String(i).padStart(5, '0')}/index.html`);

describe('planShards', () => {
  it.each([
    // pages, max per bundle, expected bundle sizes
    [1, 3, [1]],
    [3, 3, [3]],
    [4, 3, [2, 2]],
    [7, 3, [3, 2, 2]],
    [10, 2500, [10]],
    [22000, 2500, [2445, 2445, 2445, 2445, 2444, 2444, 2444, 2444, 2444]],
    [22000, 5000, [4400, 4400, 4400, 4400, 4400]],
  ])('%i pages at most %i per bundle give bundles of %j', (n, max, sizes) => {
    const shards = planShards(pages(n), max);
    expect(shards.map((s) => s.files.length)).toEqual(sizes);
    expect(shards.flatMap((s) => s.files).sort()).toEqual(pages(n));
  });

  it('names the primary bundle pagefind/ and the others part-2, part-3…', () => {
    expect(planShards(pages(7), 3).map((s) => s.dir)).toEqual([
      'pagefind',
      'pagefind/part-2',
      'pagefind/part-3',
    ]);
  });

  it('deals pages out in turn, so each bundle holds a mix of page kinds', () => {
    const files = [...pages(4), 'tools/a/index.html', 'tools/b/index.html'];
    const shards = planShards(files, 3);
    expect(shards).toHaveLength(2);
    for (const shard of shards) expect(shard.files.some((f) => f.startsWith('tools/'))).toBe(true);
  });

  it('gives the same plan whatever order the pages were listed in', () => {
    expect(planShards(pages(9).reverse(), 4)).toEqual(planShards(pages(9), 4));
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s pages per bundle', (max) => {
    expect(() => planShards(pages(3), max)).toThrow(RangeError);
  });
});

describe('bundlesManifest', () => {
  it('lists bundle URLs, primary first, with the index version', () => {
    expect(bundlesManifest(planShards(pages(5), 2), 'abc123def4567890')).toEqual({
      bundles: ['/pagefind/', '/pagefind/part-2/', '/pagefind/part-3/'],
      tag: 'abc123def4567890',
    });
  });
});

describe.each([
  ['SEARCH_SHARD_PAGES', shardPagesFromEnv, DEFAULT_SHARD_PAGES],
  ['SEARCH_CHUNK_SIZE', chunkSizeFromEnv, DEFAULT_CHUNK_SIZE],
])('%s', (name, fromEnv, fallback) => {
  it.each([
    [undefined, fallback],
    ['', fallback],
    ['3', 3],
  ])('%j gives %i', (value, expected) => {
    expect(fromEnv(value)).toBe(expected);
  });

  it.each(['0', '-2', 'many', '2.5', '1e3x'])('rejects %j with the variable named', (value) => {
    expect(() => fromEnv(value)).toThrow(
      new RangeError(`${name} must be a positive integer, got "${value}"`),
    );
  });
});
