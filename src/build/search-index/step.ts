/**
 * `node src/build/search-index/step.ts`: builds the Pagefind search index into `<DIST_DIR>/pagefind/`
 * after `astro build` (see src/build/search-index/search-index.ts). Bundles whose pages did not change
 * since the last build come from `<CACHE_DIR>/search`.
 */
import { join } from 'node:path';
import { cacheFolder, DIST_DIR } from '../../config.ts';
import { buildSearchIndex, SearchIndexError } from './search-index.ts';
import { chunkSizeFromEnv, shardPagesFromEnv } from './search-shards.ts';

const started = performance.now();
try {
  const { pages, bundles, indexed } = await buildSearchIndex({
    siteDir: DIST_DIR,
    shardPages: shardPagesFromEnv(process.env['SEARCH_SHARD_PAGES']),
    chunkSize: chunkSizeFromEnv(process.env['SEARCH_CHUNK_SIZE']),
    cacheDir: cacheFolder('search'),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `search index: ${pages} pages in ${bundles} bundle${bundles === 1 ? '' : 's'} (${indexed} indexed, ${bundles - indexed} unchanged) under ${join(DIST_DIR, 'pagefind')} in ${seconds}s`,
  );
} catch (error) {
  const known = error instanceof SearchIndexError || error instanceof RangeError;
  console.error(`search index: ${known ? error.message : String(error)}`);
  process.exitCode = 1;
}
