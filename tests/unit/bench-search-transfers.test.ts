import { describe, expect, it } from 'vitest';
import { searchTransfers } from '../../bench/lib/search-transfers.ts';

const site = 'http://127.0.0.1:4000';

describe('counting what a first search transfers', () => {
  it('splits the page from the index and folds hashed chunks by kind, biggest first', () => {
    const split = searchTransfers(
      [
        { url: `${site}/search/?q=alpha`, bytes: 9000 },
        { url: `${site}/_astro/site.abc123.css`, bytes: 3000 },
        { url: `${site}/pagefind/bundles.json`, bytes: 600 },
        { url: `${site}/pagefind/pagefind.js`, bytes: 47000 },
        { url: `${site}/pagefind/pagefind-entry.json?ts=1700000000`, bytes: 800 },
        { url: `${site}/pagefind/wasm.en.pagefind`, bytes: 60000 },
        { url: `${site}/pagefind/pagefind.en_eea0fd2a27.pf_meta`, bytes: 1300 },
        { url: `${site}/pagefind/part-2/pagefind.en_0123456789.pf_meta`, bytes: 1200 },
        { url: `${site}/pagefind/index/en_1f2e3d4.pf_index`, bytes: 20000 },
        { url: `${site}/pagefind/part-2/index/en_9a8b7c6.pf_index`, bytes: 18000 },
        { url: `${site}/pagefind/fragment/en_aaaaaaa.pf_fragment`, bytes: 2000 },
        { url: `${site}/pagefind/filter/en_bbbbbbb.pf_filter`, bytes: 800 },
      ],
      '/pagefind/',
    );
    expect(split.page).toEqual({ requests: 2, bytes: 12000 });
    expect(split.index).toEqual({ requests: 10, bytes: 151700 });
    expect(split.indexFiles).toEqual([
      { file: 'wasm.en.pagefind', requests: 1, bytes: 60000 },
      { file: 'pagefind.js', requests: 1, bytes: 47000 },
      { file: 'index/*', requests: 2, bytes: 38000 },
      { file: 'pagefind.en_*.pf_meta', requests: 2, bytes: 2500 },
      { file: 'fragment/*', requests: 1, bytes: 2000 },
      { file: 'filter/*', requests: 1, bytes: 800 },
      { file: 'pagefind-entry.json', requests: 1, bytes: 800 },
      { file: 'bundles.json', requests: 1, bytes: 600 },
    ]);
  });

  it('folds the suggestion index parts, named by their content, into one kind', () => {
    const split = searchTransfers(
      [
        { url: `${site}/tools/a/`, bytes: 5000 },
        { url: `${site}/suggest/suggest.js`, bytes: 5500 },
        { url: `${site}/suggest/index.json`, bytes: 1100 },
        { url: `${site}/suggest/p/0123456789abcdef.json`, bytes: 700 },
        { url: `${site}/suggest/p/fedcba9876543210.json`, bytes: 900 },
      ],
      '/suggest/',
    );
    expect(split.index).toEqual({ requests: 4, bytes: 8200 });
    expect(split.indexFiles).toEqual([
      { file: 'suggest.js', requests: 1, bytes: 5500 },
      { file: 'p/*', requests: 2, bytes: 1600 },
      { file: 'index.json', requests: 1, bytes: 1100 },
    ]);
  });

  it('counts nothing for a page that never opened the index', () => {
    const split = searchTransfers([{ url: `${site}/`, bytes: 5000 }], '/pagefind/');
    expect(split.index).toEqual({ requests: 0, bytes: 0 });
    expect(split.indexFiles).toEqual([]);
  });
});
