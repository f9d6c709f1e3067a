/**
 * Builds the Pagefind search index into dist/pagefind after `astro build`.
 * Any error Pagefind reports fails the build: a site whose search silently
 * misses pages is worse than no deploy. Large sites are indexed in shards
 * (see scripts/lib/search-shards.ts) so no Pagefind run outgrows memory.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { DIST_DIR } from '../src/config.ts';
import { INDEXED_SECTIONS, SEARCH_MANIFEST_PATH } from '../src/core/routes/paths.ts';
import { bundlesManifest, planShards, shardPagesFromEnv, type SearchShard } from './lib/search-shards.ts';
import { placeFile } from './lib/place-file.ts';

const SITE_DIR = resolve(DIST_DIR);

/** A step that failed; reported once the staging folder is cleaned up. */
class SearchIndexError extends Error {}

function fail(step: string, errors: string[]): never {
  throw new SearchIndexError(`${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/** `<folder>/<slug>/index.html` for every page of the indexed folders. */
async function candidatePages(): Promise<string[]> {
  const pages: string[] = [];
  for (const folder of INDEXED_SECTIONS) {
    const entries = await readdir(join(SITE_DIR, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) pages.push(`${folder}/${entry.name}/index.html`);
  }
  return pages;
}

/**
 * The candidates that carry `data-pagefind-body`, or all of them when none does (Pagefind's own
 * rule: then it indexes every `<body>`). Pagefind would drop the others itself, but counting them
 * would size the shards wrongly: half the pages under compare/ are redirects.
 */
function indexedPages(candidates: string[]): string[] {
  const indexed = candidates.filter((file) =>
    readFileSync(join(SITE_DIR, file), 'utf8').includes('data-pagefind-body'),
  );
  return indexed.length > 0 ? indexed : candidates;
}

/** Hard-links a shard's pages into a folder of their own, so Pagefind reads just them with the right URLs. */
function stage(shard: SearchShard, into: string): void {
  for (const file of shard.files) {
    const target = join(into, file);
    mkdirSync(dirname(target), { recursive: true });
    placeFile(join(SITE_DIR, file), target);
  }
}

/** Indexes the pages under `source` into one bundle; returns the number of pages Pagefind kept. */
async function indexBundle(source: string, glob: string, outputPath: string): Promise<number> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index || createErrors.length)
      fail('createIndex', createErrors.length ? createErrors : ['no index returned']);
    const { errors: addErrors, page_count } = await index.addDirectory({ path: source, glob });
    if (addErrors.length) fail('addDirectory', addErrors);
    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    if (writeErrors.length) fail('writeFiles', writeErrors);
    return page_count;
  } finally {
    // One Pagefind process per bundle: its memory is returned before the next one starts.
    await pagefind.close();
  }
}

/** Indexes the site; returns the pages Pagefind read and the bundles written. */
async function buildIndex(): Promise<{ read: number; bundles: number }> {
  const candidates = await candidatePages();
  if (candidates.length === 0) fail('addDirectory', [`no pages found in ${SITE_DIR}; run astro build first`]);
  const pages = indexedPages(candidates);
  const shards = planShards(pages, shardPagesFromEnv(process.env['SEARCH_SHARD_PAGES']));
  const staging = `${SITE_DIR}.search-shards`;
  let read = 0;
  try {
    await rm(staging, { recursive: true, force: true });
    await rm(join(SITE_DIR, 'pagefind'), { recursive: true, force: true });
    for (const [k, shard] of shards.entries()) {
      const source = join(staging, String(k));
      stage(shard, source);
      read += await indexBundle(
        source,
        `{${INDEXED_SECTIONS.join(',')}}/*/index.html`,
        join(SITE_DIR, shard.dir),
      );
    }
    await writeFile(join(SITE_DIR, SEARCH_MANIFEST_PATH), `${JSON.stringify(bundlesManifest(shards))}\n`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { read, bundles: shards.length };
}

const started = performance.now();
try {
  const { read, bundles } = await buildIndex();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `search index: ${read} pages read into ${bundles} bundle${bundles === 1 ? '' : 's'} under ${join(SITE_DIR, 'pagefind')} in ${seconds}s`,
  );
} catch (error) {
  const known = error instanceof SearchIndexError || error instanceof RangeError;
  console.error(`search index: ${known ? error.message : String(error)}`);
  // A partial index would publish a search that silently misses pages.
  await rm(join(SITE_DIR, 'pagefind'), { recursive: true, force: true });
  process.exitCode = 1;
}
