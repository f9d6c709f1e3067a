/**
 * Loading the search index: the bundle list and Pagefind's script are fetched together, every
 * bundle merges at once, and any part that fails stops the load with a message naming it.
 */
import { SEARCH_META_WEIGHTS } from '../../src/core/views/search/search-tags.ts';
import { describe, expect, it } from 'vitest';
import { BundleLoadError, loadIndex, readBundleList } from '../../src/client/search/bundles.ts';
import type { Pagefind } from '../../src/client/search/pagefind-api.ts';

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const THREE = { bundles: ['/pagefind/', '/pagefind/part-2/', '/pagefind/part-3/'], tag: '0123456789abcdef' };

describe('readBundleList', () => {
  it('reads the bundle paths, primary first, and the index version', async () => {
    expect(await readBundleList(async () => json(THREE))).toEqual(THREE);
  });

  it.each([
    ['missing (a list written before there was one)', undefined],
    ['not a digest', '"><script>'],
    ['not a string', 7],
  ])('reads no version when it is %s', async (_, tag) => {
    expect(await readBundleList(async () => json({ bundles: THREE.bundles, tag }))).toEqual({
      bundles: THREE.bundles,
      tag: null,
    });
  });

  it.each([
    {
      case: 'a network failure',
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
      message: /could not be fetched/,
    },
    { case: 'a missing list', fetch: async () => json({}, 404), message: /answered 404/ },
    { case: 'a list that is not JSON', fetch: async () => new Response('<html>'), message: /does not list/ },
    { case: 'no bundles', fetch: async () => json({ bundles: [] }), message: /does not list/ },
    {
      case: 'the primary not first',
      fetch: async () => json({ bundles: ['/pagefind/part-2/', '/pagefind/'] }),
      message: /does not list/,
    },
    {
      case: 'a bundle on another site',
      fetch: async () => json({ bundles: ['/pagefind/', 'https://evil.example/pagefind/'] }),
      message: /does not list/,
    },
    {
      case: 'a path that climbs out',
      fetch: async () => json({ bundles: ['/pagefind/', '/pagefind/../x/'] }),
      message: /does not list/,
    },
  ])('fails on $case', async ({ fetch, message }) => {
    await expect(readBundleList(fetch)).rejects.toThrow(message);
    await expect(readBundleList(fetch)).rejects.toBeInstanceOf(BundleLoadError);
  });
});

/** A fake Pagefind that records merges and fails the ones named in `failing`. */
function fakePagefind(failing: string[] = []) {
  const events: string[] = [];
  const options: unknown[] = [];
  let pending = 0;
  let mostAtOnce = 0;
  const pagefind: Pagefind = {
    options: async (given) => {
      events.push('options');
      options.push(given);
    },
    mergeIndex: async (bundle, given) => {
      events.push(`merge ${bundle}`);
      options.push(given);
      mostAtOnce = Math.max(mostAtOnce, ++pending);
      await new Promise((done) => setTimeout(done, 5));
      pending--;
      if (failing.includes(bundle)) throw new Error('Failed to load Pagefind metadata');
    },
    filters: async () => ({}),
    preload: async () => {},
    search: async () => null,
  };
  return { pagefind, events, options, mostAtOnce: () => mostAtOnce };
}

describe('loadIndex', () => {
  it('merges every bundle but the primary, all at once', async () => {
    const fake = fakePagefind();
    const loaded = await loadIndex({
      fetch: async () => json(THREE),
      importPagefind: async () => fake.pagefind,
    });
    expect(loaded).toBe(fake.pagefind);
    expect(fake.events).toEqual(['options', 'merge /pagefind/part-2/', 'merge /pagefind/part-3/']);
    expect(fake.mostAtOnce()).toBe(2);
  });

  it('gives every bundle the same options, ranking weights and cache tag included, since Pagefind applies them per bundle', async () => {
    const fake = fakePagefind();
    await loadIndex({ fetch: async () => json(THREE), importPagefind: async () => fake.pagefind });
    expect(fake.options).toHaveLength(3);
    for (const given of fake.options) {
      expect(given).toEqual({
        excerptLength: 30,
        ranking: { metaWeights: SEARCH_META_WEIGHTS },
        metaCacheTag: THREE.tag,
      });
    }
  });

  it('leaves the cache tag to Pagefind when the list has none', async () => {
    const fake = fakePagefind();
    await loadIndex({
      fetch: async () => json({ bundles: ['/pagefind/'] }),
      importPagefind: async () => fake.pagefind,
    });
    expect(fake.options).toEqual([{ excerptLength: 30, ranking: { metaWeights: SEARCH_META_WEIGHTS } }]);
  });

  it('starts the script and the list together', async () => {
    const started: string[] = [];
    const fake = fakePagefind();
    await loadIndex({
      fetch: async (url) => {
        started.push(url);
        return json(THREE);
      },
      importPagefind: async (url) => {
        started.push(url);
        await new Promise((done) => setTimeout(done, 5));
        // The list was asked for while the script was still loading.
        expect(started).toHaveLength(2);
        return fake.pagefind;
      },
    });
    expect(started.sort()).toEqual(['/pagefind/bundles.json', '/pagefind/pagefind.js']);
  });

  it('names every bundle that failed to merge', async () => {
    const fake = fakePagefind(['/pagefind/part-2/', '/pagefind/part-3/']);
    const load = loadIndex({ fetch: async () => json(THREE), importPagefind: async () => fake.pagefind });
    await expect(load).rejects.toThrow(
      '2 of 3 search bundles could not be loaded: /pagefind/part-2/, /pagefind/part-3/',
    );
  });

  it('fails when the script cannot be loaded', async () => {
    const load = loadIndex({
      fetch: async () => json(THREE),
      importPagefind: async () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    await expect(load).rejects.toThrow(/pagefind\.js could not be loaded/);
  });

  it('a single-bundle index merges nothing', async () => {
    const fake = fakePagefind();
    await loadIndex({
      fetch: async () => json({ bundles: ['/pagefind/'] }),
      importPagefind: async () => fake.pagefind,
    });
    expect(fake.events).toEqual(['options']);
  });
});
