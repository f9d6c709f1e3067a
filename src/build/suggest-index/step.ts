/**
 * `node src/build/suggest-index/step.ts`: writes the search box's suggestion index and its script
 * into `<DIST_DIR>/suggest/` after `astro build` (src/build/suggest-index/write-suggest-index.ts,
 * src/build/own-script.ts).
 * Files whose bytes an earlier build wrote come from `<CACHE_DIR>/suggest`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder, DIST_DIR } from '../../config.ts';
import { getSite } from '../../fs/site-loader.ts';
import { SUGGEST_SCRIPT } from '../../core/views/paths.ts';
import { writeOwnScript } from '../own-script.ts';
import { writeSuggestIndex } from './write-suggest-index.ts';

if (!existsSync(DIST_DIR)) {
  console.error(`suggestion index: ${DIST_DIR} does not exist; run astro build first`);
  process.exit(1);
}
const started = performance.now();
const site = await getSite();
const { files, written, bytes, largest } = writeSuggestIndex(site, {
  siteDir: DIST_DIR,
  cacheDir: cacheFolder('suggest'),
});
const script = await writeOwnScript(SUGGEST_SCRIPT, DIST_DIR);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `suggestion index: ${files} files (${written} written, ${files - written} unchanged), ${kb(bytes)} in all, largest part ${kb(largest)}, script ${kb(script)}, under ${join(DIST_DIR, 'suggest')} in ${seconds}s`,
);
