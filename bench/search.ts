/**
 * `npm run bench:search -- --comparisons M [--json] [--term T]`: what the first search costs a reader
 * with an empty browser cache on a site of M comparisons. Builds the bench corpus's site once
 * (reusing the bench's corpus and social-image cache under .bench/), indexes it as the build does
 * (bundles of SEARCH_SHARD_PAGES pages), opens /search/?q=T in Chromium on a throttled network
 * (1.6 Mbps down, 750 kbps up, 150 ms latency, through the DevTools protocol) and counts every
 * request and byte until the first result shows. Then indexes the same pages as one bundle and
 * measures again. Prints one JSON line:
 *   {"firstQueryBytes", "firstQueryRequests", "firstResultMs", "singleBundle": {...}, ...}
 * Bytes are what crossed the network (headers and encoded bodies) from the bench's static server,
 * which gzips text as the edge host does (Pagefind's own files are compressed already).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Request } from 'playwright-core';
import { SEARCH_BUNDLE_PATH } from '../src/core/views/paths.ts';
import { countPages } from './lib/outputs.ts';
import {
  astroBuildPhase,
  nodePhase,
  pagefindPhase,
  postBuildPhase,
  REPO,
  type PhaseResult,
} from './lib/phases.ts';
import { searchTransfers, type Transfer } from './lib/search-transfers.ts';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/lib/chromium.ts';
import { startServer } from '../src/server/static/static-server.ts';

/** A slow mobile connection: Lighthouse's "slow 4G" figures. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
/** Enough for every bundle at 1.6 Mbps; a search slower than this has failed. */
const FIRST_RESULT_TIMEOUT_MS = 300_000;

const { values } = parseArgs({
  options: {
    comparisons: { type: 'string' },
    term: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const m = Number(values.comparisons);
if (!Number.isInteger(m) || m < 1) {
  console.error('usage: npm run bench:search -- --comparisons M [--json] [--term T]');
  process.exit(2);
}

const bench = join(REPO, '.bench');
const corpus = join(bench, `corpus-${m}`);
const run = join(bench, `search-${m}`);
const dist = join(run, 'dist');
const progress = (line: string) => console.error(`[bench:search ${m}] ${line}`);
const report = (r: PhaseResult) =>
  progress(`${r.phase}: ${(r.wallMs / 1000).toFixed(1)} s wall, peak ${r.peakRssMb} MB`);

try {
  mkdirSync(run, { recursive: true });
  report(
    await nodePhase(
      'corpus',
      [join(REPO, 'bench/corpus.ts'), '--comparisons', String(m), '--out', corpus],
      join(run, 'corpus.log'),
    ),
  );
  rmSync(dist, { recursive: true, force: true });
  // Reversed-pair pages are left out as the edge deploy leaves them out; they are never indexed.
  const siteEnv = {
    CONTENT_DIR: corpus,
    OG_CACHE_DIR: join(bench, `og-cache-${m}`),
    ASTRO_CACHE_DIR: join(bench, `astro-cache-${m}`),
    REDIRECT_PAGES: 'off',
  };
  report(await astroBuildPhase('astro build', REPO, dist, join(run, 'build.log'), siteEnv));
  report(await postBuildPhase('post-build', dist, join(run, 'post-build.log'), siteEnv));
  const term = values.term ?? firstToolName();

  const sharded = await pagefindPhase('search index (bundles)', dist, join(run, 'pagefind.log'), {
    SEARCH_CACHE_DIR: 'off',
  });
  report(sharded);
  const bundled = { ...(await measure(term)), indexPeakRssMb: sharded.peakRssMb };
  progress(`bundles: ${JSON.stringify(bundled)}`);

  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const single = await pagefindPhase('search index (one bundle)', dist, join(run, 'pagefind-single.log'), {
    SEARCH_CACHE_DIR: 'off',
    SEARCH_SHARD_PAGES: String(Number.MAX_SAFE_INTEGER),
  });
  report(single);
  const singleBundle = { ...(await measure(term)), indexPeakRssMb: single.peakRssMb };
  progress(`one bundle: ${JSON.stringify(singleBundle)}`);

  const { firstQueryBytes, firstQueryRequests, firstResultMs, ...rest } = bundled;
  console.log(
    JSON.stringify({
      comparisons: m,
      pages: countPages(dist),
      term,
      network: NETWORK,
      firstQueryBytes,
      firstQueryRequests,
      firstResultMs,
      ...rest,
      singleBundle,
    }),
  );
} catch (error) {
  console.error(`[bench:search ${m}] ${(error as Error).message}`);
  process.exit(1);
}

/** A query every corpus answers: the first tool's name, as a reader would type it. */
function firstToolName(): string {
  const first = readdirSync(join(corpus, 'tools')).sort()[0];
  if (!first) throw new Error(`${corpus} has no tools`);
  return first.replace(/\.md$/, '').replace(/-/g, ' ');
}

/** Opens /search/?q=term with an empty cache on the throttled network; counts until the first result. */
async function measure(term: string) {
  if (!existsSync(join(dist, 'search', 'index.html'))) throw new Error(`${dist} has no search page`);
  const server = await startServer({ dir: dist, port: 0, compress: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    // When each request was seen: Playwright's own start time stays 0 until a request is answered.
    const started: { request: Request; seenAt: number }[] = [];
    page.on('request', (request) => started.push({ request, seenAt: Date.now() }));
    // The moment the first result is in the page, taken in the page: polling from here would let
    // requests made just after it (the filter counts) slip into the count.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('#search-results li')) return;
        (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const t0 = Date.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(term)}`);
    await page.locator('#search-results li').first().waitFor({ timeout: FIRST_RESULT_TIMEOUT_MS });
    const firstResultAt = await page.evaluate(
      () => (window as unknown as { firstResultAt: number }).firstResultAt,
    );
    const firstResultMs = firstResultAt - t0;
    // Only what was asked for before the first result counts; later requests (more fragments) do not.
    const asked = started
      .filter(({ request, seenAt }) => (request.timing().startTime || seenAt) <= firstResultAt)
      .map(({ request }) => request);
    const transfers: Transfer[] = await Promise.all(
      asked.map(async (request) => {
        const sizes = await request.sizes().catch(() => null);
        return { url: request.url(), bytes: sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0 };
      }),
    );
    const split = searchTransfers(transfers, SEARCH_BUNDLE_PATH);
    const bundles = new Set(
      transfers
        .map((t) => new URL(t.url).pathname)
        .filter((p) => p.endsWith('/pagefind-entry.json'))
        .map((p) => p.slice(0, -'pagefind-entry.json'.length)),
    ).size;
    return {
      bundles,
      firstQueryBytes: split.index.bytes,
      firstQueryRequests: split.index.requests,
      firstResultMs,
      pageBytes: split.page.bytes,
      pageRequests: split.page.requests,
      indexFiles: split.indexFiles,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
