/**
 * Builds the Pagefind search index of a built site: finds the indexed pages, splits them into
 * bundles (src/build/search-index/search-shards.ts), indexes each bundle in its own Pagefind process and
 * writes the bundle manifest. With a cache folder, a bundle whose pages are byte for byte the
 * ones of an earlier build is linked from the cache instead of indexed again, so a rebuild
 * re-indexes only the bundles whose pages changed. Any error Pagefind reports fails the step:
 * a site whose search silently misses pages is worse than no deploy.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEXED_SECTIONS, SEARCH_BODY_MARK, SEARCH_MANIFEST_PATH } from '../../core/views/paths.ts';
import { placeFile } from '../place-file.ts';
import { bundlesManifest, planShards, type SearchShard } from './search-shards.ts';

/** A problem that stops the search index; its message is meant for the person running the build. */
export class SearchIndexError extends Error {}

/** What to index and how. */
export interface SearchIndexOptions {
  /** The built site; the index goes to `<siteDir>/pagefind/`. */
  siteDir: string;
  /** Most pages one Pagefind process indexes. */
  shardPages: number;
  /** Word locations per index chunk (Pagefind's index chunk size). */
  chunkSize: number;
  /** Where indexed bundles are kept between builds, by the digest of their pages; none: no reuse. */
  cacheDir?: string | null;
}

/** What the step did. */
export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  bundles: number;
  /** Bundles indexed by Pagefind in this run (the others came from the cache). */
  indexed: number;
}

function fail(step: string, errors: readonly string[]): never {
  throw new SearchIndexError(`${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/** `<folder>/<slug>/index.html` for every page of the indexed folders, sorted. */
function candidatePages(siteDir: string): string[] {
  const pages: string[] = [];
  for (const folder of INDEXED_SECTIONS) {
    const dir = join(siteDir, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
        pages.push(`${folder}/${entry.name}/index.html`);
    }
  }
  return pages.sort();
}

/** A page read once: its site-relative path and the digest of its bytes. */
interface Page {
  file: string;
  digest: string;
}

/**
 * The candidates that carry `data-pagefind-body`, or all of them when none does (Pagefind's own
 * rule: then it indexes every `<body>`). Pagefind would drop the others itself, but counting them
 * would size the shards wrongly: half the pages under compare/ can be redirects. Each page is
 * read once and only its digest kept, so memory does not grow with the site's bytes. `npm run build` writes the redirect pages while this runs; that changes nothing
 * here, because they never carry the mark (post-build refuses a marked redirect template) and a
 * site with redirect pages always has marked pages (the comparisons and tools they point to).
 */
function indexedPages(siteDir: string, candidates: readonly string[]): Page[] {
  const marked: Page[] = [];
  const all: Page[] = [];
  for (const file of candidates) {
    const html = readFileSync(join(siteDir, file));
    const page = { file, digest: createHash('sha256').update(html).digest('hex') };
    all.push(page);
    if (html.includes(SEARCH_BODY_MARK)) marked.push(page);
  }
  return marked.length > 0 ? marked : all;
}

/** What every bundle of one run is indexed with. */
interface IndexSettings {
  /** Pagefind's package version. */
  version: string;
  chunkSize: number;
}

/** Digest of everything a bundle's index is made from: Pagefind and its settings, the folder, the pages. */
function bundleDigest(
  settings: IndexSettings,
  shard: SearchShard,
  pages: ReadonlyMap<string, string>,
): string {
  const hash = createHash('sha256').update(
    `pagefind ${settings.version} chunk ${settings.chunkSize}\n${shard.dir}\n`,
  );
  for (const file of shard.files) {
    hash.update(`${file}\n`);
    hash.update(pages.get(file) ?? '');
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Pagefind takes its index chunk size only from this variable of its own process, which the
 * npm package starts with ours as its environment.
 */
const PAGEFIND_CHUNK_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Indexes the pages under `source` into one bundle at `outputPath`; returns the pages Pagefind kept. */
async function indexBundle(source: string, outputPath: string, chunkSize: number): Promise<number> {
  try {
    const before = process.env[PAGEFIND_CHUNK_VARIABLE];
    process.env[PAGEFIND_CHUNK_VARIABLE] = String(chunkSize);
    const created = await pagefind.createIndex({}).finally(() => {
      if (before === undefined) delete process.env[PAGEFIND_CHUNK_VARIABLE];
      else process.env[PAGEFIND_CHUNK_VARIABLE] = before;
    });
    const { index, errors: createErrors } = created;
    if (!index || createErrors.length)
      fail('createIndex', createErrors.length ? createErrors : ['no index returned']);
    const glob = `{${INDEXED_SECTIONS.join(',')}}/*/index.html`;
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

/** Hard-links a shard's pages into a folder of their own, so Pagefind reads just them with the right URLs. */
function stage(siteDir: string, shard: SearchShard, into: string): void {
  for (const file of shard.files) {
    const target = join(into, file);
    mkdirSync(dirname(target), { recursive: true });
    placeFile(join(siteDir, file), target);
  }
}

/** Links every file of a folder tree into another place. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    placeFile(source, target);
  }
}

/** Version of the Pagefind package, part of every bundle digest. */
function pagefindVersion(): string {
  const manifest = join(import.meta.dirname, '../../../node_modules/pagefind/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Indexes the site at `siteDir` into `<siteDir>/pagefind/`. Throws SearchIndexError when the
 * site has no page to index or Pagefind reports a problem; the index folder is then removed,
 * so no partial index is ever published.
 */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  if (!Number.isInteger(options.chunkSize) || options.chunkSize < 1)
    throw new SearchIndexError(`chunkSize must be a positive integer, got ${options.chunkSize}`);
  const siteDir = resolve(options.siteDir);
  if (!existsSync(siteDir)) throw new SearchIndexError(`${siteDir} does not exist; run astro build first`);
  const candidates = candidatePages(siteDir);
  if (candidates.length === 0)
    throw new SearchIndexError(
      `no indexed pages: ${siteDir} has no page under ${INDEXED_SECTIONS.map((f) => `${f}/`).join(' or ')}; run astro build first, or publish a comparison`,
    );
  const pages = indexedPages(siteDir, candidates);
  const digests = new Map(pages.map((p) => [p.file, p.digest]));
  const settings: IndexSettings = { version: pagefindVersion(), chunkSize: options.chunkSize };
  const staging = `${siteDir}.search-shards`;
  let indexed = 0;
  let bundles = 0;
  try {
    const shards = planShards(
      pages.map((p) => p.file),
      options.shardPages,
    );
    bundles = shards.length;
    await rm(staging, { recursive: true, force: true });
    await rm(join(siteDir, 'pagefind'), { recursive: true, force: true });
    const used = new Set<string>();
    const version = createHash('sha256');
    for (const [k, shard] of shards.entries()) {
      const digest = bundleDigest(settings, shard, digests);
      used.add(digest);
      version.update(`${digest}\n`);
      const cached = options.cacheDir ? join(options.cacheDir, digest) : null;
      if (cached && existsSync(cached)) {
        linkTree(cached, join(siteDir, shard.dir));
        continue;
      }
      const source = join(staging, String(k));
      stage(siteDir, shard, source);
      const output = cached ? `${cached}.partial` : join(siteDir, shard.dir);
      await rm(output, { recursive: true, force: true });
      const read = await indexBundle(source, output, settings.chunkSize);
      if (read !== shard.files.length)
        fail('addDirectory', [`${shard.dir}: Pagefind read ${read} of ${shard.files.length} pages`]);
      indexed++;
      if (cached) {
        // Renamed into place only once complete: an interrupted build never leaves a bundle half-written.
        await rename(output, cached);
        linkTree(cached, join(siteDir, shard.dir));
      }
    }
    const tag = version.digest('hex').slice(0, 16);
    await writeFile(join(siteDir, SEARCH_MANIFEST_PATH), `${JSON.stringify(bundlesManifest(shards, tag))}\n`);
    if (options.cacheDir) await pruneCache(options.cacheDir, used);
  } catch (error) {
    // A partial index would publish a search that silently misses pages.
    await rm(join(siteDir, 'pagefind'), { recursive: true, force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { pages: pages.length, bundles, indexed };
}

/** Removes cached bundles this build did not use, so the cache holds one site's index. */
async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  for (const name of readdirSync(cacheDir)) {
    if (!used.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}
