/**
 * `node bench/lib/seed-og-cache.ts`: with CONTENT_DIR and CACHE_DIR set, fills the
 * social-image cache with one real rendered image under every comparison's content hash.
 * A warm build then costs what it costs with real images (hash, read, copy of a same-size PNG)
 * at corpus sizes where rendering every image cold would take over an hour on a small machine.
 * Only for benchmark caches: the images are placeholders.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { cacheFolder, SITE } from '../../src/config.ts';
import { ogImageData } from '../../src/core/views/og-image.ts';
import { getSite } from '../../src/fs/site-loader.ts';
import { ogCacheFile, renderOgImage } from '../../src/build/social-images/og-render.ts';

const cache = process.env['CACHE_DIR'] ? cacheFolder('og') : null;
if (!cache || !process.env['CONTENT_DIR']) {
  console.error('seed-og-cache: set CONTENT_DIR and CACHE_DIR');
  process.exit(2);
}
mkdirSync(cache, { recursive: true });
const site = await getSite();
const first = site.comparisons[0];
if (!first) process.exit(0);
// Rendering the first image for real puts a genuine PNG in the cache to copy from.
const firstData = ogImageData(first, SITE.name, SITE.votes.minSample);
await renderOgImage(firstData);
const source = ogCacheFile(firstData);
let seeded = 0;
for (const comparison of site.comparisons) {
  const target = ogCacheFile(ogImageData(comparison, SITE.name, SITE.votes.minSample));
  if (existsSync(target)) continue;
  copyFileSync(source, target);
  seeded++;
}
console.log(`seed-og-cache: ${seeded} placeholder images added to ${cache}`);
