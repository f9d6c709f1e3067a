/**
 * `npm run bench:search -- --comparisons M [--json] [--term T] [--no-single-bundle]`: what the
 * first search costs a reader with an empty browser cache on a site of M comparisons, on a
 * throttled network (1.6 Mbps down, 750 kbps up, 150 ms latency, through the DevTools protocol),
 * for both tiers:
 *
 * - **suggest**: a tool page is opened (its weight on load is counted, and nothing of the
 *   suggestion index may load with it), the header box is clicked and T typed; every request from
 *   the click until T's tool is painted among the suggestions is counted, and the time from the
 *   first keystroke (`firstResultMs`) and from the last one before it showed (`afterLastKeyMs`).
 *   Then, each in a fresh browser, T is put in the box in one input event as it takes focus
 *   (`filled.fromInputMs`: from the keystroke that makes the suggestion possible), and so is T
 *   with its first letter wrong (`misspelt`). T defaults to the corpus's first tool's name.
 * - **full text**: `/search/?q=T` is opened and every request under `/pagefind/` counted until
 *   the first result shows, as built (bundles of SEARCH_SHARD_PAGES pages) and, unless
 *   `--no-single-bundle`, with the same pages indexed as one bundle.
 *
 * Builds the bench corpus's site once (reusing the bench's corpus and social-image cache under
 * .bench/). Prints one JSON line:
 *   {"suggest": {"firstBytes", "firstRequests", "firstResultMs", "afterLastKeyMs", "filled",
 *    "misspelt", ...}, "firstQueryBytes",
 *    "firstQueryRequests", "firstResultMs", "singleBundle": {...}, ...}
 * Bytes are what crossed the network (headers and encoded bodies) from the bench's static server,
 * which gzips text as the edge host does (Pagefind's own files are compressed already).
 *
 * `--touch-one` also writes the suggestion index twice through a cache, the second time after
 * flipping one verdict of the first tool's latest round (restored afterwards), and reports how
 * many files the second run wrote (`suggestRebuildOne`).
 *
 * `--suggest-only --shell <dist>` measures the suggestion tier alone, for sizes whose whole site
 * would take too long to build: the suggestion index of M comparisons is written into a linked
 * copy of an already built site (`<dist>`, e.g. `.bench/search-2000/dist`), whose pages and
 * scripts are the same code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from 'playwright-core';
import { SEARCH_BUNDLE_PATH, SUGGEST_FILES_PATH, toolPath } from '../src/core/views/paths.ts';
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
import { placeFile } from '../src/build/place-file.ts';
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
const SUGGEST_STEP = join(REPO, 'src/build/suggest-index/step.ts');
const SUGGEST_DIR = '/suggest/';

const { values } = parseArgs({
  options: {
    comparisons: { type: 'string' },
    term: { type: 'string' },
    json: { type: 'boolean', default: false },
    'no-single-bundle': { type: 'boolean', default: false },
    'suggest-only': { type: 'boolean', default: false },
    'touch-one': { type: 'boolean', default: false },
    shell: { type: 'string' },
  },
});
const m = Number(values.comparisons);
if (!Number.isInteger(m) || m < 1 || (values['suggest-only'] && !values.shell)) {
  console.error(
    'usage: npm run bench:search -- --comparisons M [--json] [--term T] [--no-single-bundle]\n' +
      '       npm run bench:search -- --comparisons M --suggest-only --shell <built site> [--json] [--term T]',
  );
  process.exit(2);
}

const bench = join(REPO, '.bench');
const corpus = join(bench, `corpus-${m}`);
const run = join(bench, `search-${m}`);
const dist = join(run, values['suggest-only'] ? 'dist-shell' : 'dist');
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
  const term = values.term ?? firstToolName();
  const expected = toolPath(firstToolSlug(term));
  rmSync(dist, { recursive: true, force: true });
  if (values['suggest-only']) {
    // The shell's pages, scripts and styles, linked rather than copied, with this corpus's index.
    linkTree(values.shell as string, dist);
    const index = await suggestIndexPhase();
    const suggest = await measureSuggest(term, expected);
    progress(`suggest: ${JSON.stringify(suggest)}`);
    const suggestRebuildOne = values['touch-one'] ? await suggestTouchOne() : null;
    console.log(
      JSON.stringify({
        comparisons: m,
        term,
        network: NETWORK,
        suggestIndex: index,
        suggest,
        suggestRebuildOne,
      }),
    );
    process.exit(0);
  }
  // Reversed-pair pages are left out as the edge deploy leaves them out; they are never indexed.
  const siteEnv = {
    CONTENT_DIR: corpus,
    CACHE_DIR: join(bench, `cache-${m}`),
    REDIRECT_PAGES: 'off',
  };
  report(await astroBuildPhase('astro build', REPO, dist, join(run, 'build.log'), siteEnv));
  report(await postBuildPhase('post-build', dist, join(run, 'post-build.log'), siteEnv));
  const suggestIndex = await suggestIndexPhase();

  const sharded = await pagefindPhase('search index (bundles)', dist, join(run, 'pagefind.log'), {
    CACHE_DIR: emptyCache(),
  });
  report(sharded);
  const bundled = { ...(await measureFullText(term)), indexPeakRssMb: sharded.peakRssMb };
  progress(`bundles: ${JSON.stringify(bundled)}`);
  const suggest = await measureSuggest(term, expected);
  progress(`suggest: ${JSON.stringify(suggest)}`);
  const suggestRebuildOne = values['touch-one'] ? await suggestTouchOne() : null;

  let singleBundle = null;
  if (!values['no-single-bundle']) {
    rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
    const single = await pagefindPhase('search index (one bundle)', dist, join(run, 'pagefind-single.log'), {
      CACHE_DIR: emptyCache(),
      SEARCH_SHARD_PAGES: String(Number.MAX_SAFE_INTEGER),
    });
    report(single);
    singleBundle = { ...(await measureFullText(term)), indexPeakRssMb: single.peakRssMb };
    progress(`one bundle: ${JSON.stringify(singleBundle)}`);
  }

  const { firstQueryBytes, firstQueryRequests, firstResultMs, ...rest } = bundled;
  console.log(
    JSON.stringify({
      comparisons: m,
      pages: countPages(dist),
      term,
      network: NETWORK,
      suggest,
      suggestIndex,
      suggestRebuildOne,
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

/** Links every file under `from` into the same place under `to`. */
function linkTree(from: string, to: string): void {
  if (!existsSync(join(from, 'tools'))) throw new Error(`--shell ${from} is not a built site`);
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    placeFile(join(entry.parentPath, entry.name), target);
  }
}

/** A query every corpus answers: the first tool's name, as a reader would type it. */
function firstToolName(): string {
  const first = readdirSync(join(corpus, 'tools')).sort()[0];
  if (!first) throw new Error(`${corpus} has no tools`);
  return first.replace(/\.md$/, '').replace(/-/g, ' ');
}

/** The slug of the tool the query names (the corpus's slugs are its names in lower case, hyphenated). */
function firstToolSlug(term: string): string {
  const slug = term.trim().toLowerCase().replace(/\s+/g, '-');
  if (!existsSync(join(corpus, 'tools', `${slug}.md`)))
    throw new Error(
      `--term '${term}' is not a tool of ${corpus}; the suggestion tier is measured on a tool name`,
    );
  return slug;
}

/** A cache folder holding nothing, so a step writes every file as a first build does. */
function emptyCache(): string {
  const folder = join(run, 'empty-cache');
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

/** Runs the suggestion index step over the corpus into the site, with `cache` as its CACHE_DIR. */
async function suggestStep(phase: string, log: string, cache: string) {
  const result = await nodePhase(phase, [SUGGEST_STEP], log, {
    env: { CONTENT_DIR: corpus, DIST_DIR: dist, CACHE_DIR: cache },
  });
  report(result);
  // The step's own line: "suggestion index: N files (W written, U unchanged), …".
  const line = /(\d+) files \((\d+) written/.exec(readFileSync(log, 'utf8'));
  return { ...result, files: Number(line?.[1]), written: Number(line?.[2]) };
}

/**
 * The suggestion index written through a cache, then again after one verdict of the first tool's
 * latest round is flipped: how many files the second run writes. The verdict is restored after.
 */
async function suggestTouchOne() {
  const cache = join(run, 'suggest-cache');
  rmSync(cache, { recursive: true, force: true });
  const first = await suggestStep('suggestion index (cache filled)', join(run, 'suggest-cache.log'), cache);
  const tool = readdirSync(join(corpus, 'verdicts')).sort()[0] ?? '';
  const round =
    readdirSync(join(corpus, 'verdicts', tool))
      .sort()
      .at(-1) ?? '';
  const file = join(
    corpus,
    'verdicts',
    tool,
    round,
    readdirSync(join(corpus, 'verdicts', tool, round)).sort()[0] ?? '',
  );
  const original = readFileSync(file, 'utf8');
  const flipped = original.replace(
    /^verdict: (ship|skip)$/m,
    (_, call) => `verdict: ${call === 'ship' ? 'skip' : 'ship'}`,
  );
  if (flipped === original) throw new Error(`--touch-one: no verdict line in ${file}`);
  writeFileSync(file, flipped);
  try {
    const again = await suggestStep(
      'suggestion index (one verdict changed)',
      join(run, 'suggest-touch.log'),
      cache,
    );
    return {
      file: file.slice(corpus.length + 1),
      files: again.files,
      written: again.written,
      firstWritten: first.written,
      ms: again.wallMs,
    };
  } finally {
    writeFileSync(file, original);
  }
}

/** Writes the suggestion index of the corpus into the site, as the build's step does; its size. */
async function suggestIndexPhase() {
  const phase = await suggestStep('suggestion index', join(run, 'suggest.log'), emptyCache());
  const folder = join(dist, SUGGEST_FILES_PATH);
  const sizes = readdirSync(folder).map((name) => {
    const bytes = readFileSync(join(folder, name));
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  const manifest = readFileSync(join(dist, SUGGEST_DIR, 'index.json'));
  return {
    ms: phase.wallMs,
    peakRssMb: phase.peakRssMb,
    files: sizes.length + 1,
    bytes: sizes.reduce((sum, s) => sum + s.bytes, manifest.length),
    largestGzip: Math.max(...sizes.map((s) => s.gzip)),
    manifestGzip: gzipSync(manifest).length,
    scriptGzip: gzipSync(readFileSync(join(dist, SUGGEST_DIR, 'suggest.js'))).length,
  };
}

/** A fresh browser page with an empty cache on the throttled network, recording when each request was seen. */
async function throttledPage<T>(
  fn: (page: Page, started: { request: Request; seenAt: number }[], origin: string) => Promise<T>,
): Promise<T> {
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
    return await fn(page, started, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a set of requests transferred. */
async function transfersOf(requests: readonly Request[]): Promise<Transfer[]> {
  return Promise.all(
    requests.map(async (request) => {
      const sizes = await request.sizes().catch(() => null);
      return { url: request.url(), bytes: sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0 };
    }),
  );
}

/** The requests asked for by `until` (ms since the epoch), after the first `from` of them. */
function askedBetween(started: { request: Request; seenAt: number }[], from: number, until: number) {
  return started
    .slice(from)
    .filter(({ request, seenAt }) => (request.timing().startTime || seenAt) <= until)
    .map(({ request }) => request);
}

/** How the reader puts the term in the box: a keystroke a letter, or all of it in one input event. */
type Entry = 'type' | 'fill';

/**
 * Opens a tool page and enters `term` in the header search box, with an empty cache: `type`
 * clicks the box and types a letter a keystroke; `fill` puts the whole term in with one input
 * event as the box takes focus (which starts loading the script and the manifest), so the time
 * from that event is the time from the keystroke that makes the suggestion possible. Counts
 * every request from the focus until the suggestion leading to `expected` is painted.
 */
async function measureEntry(term: string, expected: string, entry: Entry) {
  const host = toolPath(readdirSync(join(dist, 'tools')).sort()[1] ?? '');
  return throttledPage(async (page, started, origin) => {
    // The moments, taken in the page: each keystroke, the first input, the first option, the
    // expected one in the list and the frame that paints it.
    await page.addInitScript((target: string) => {
      const w = window as unknown as Record<string, number | number[]>;
      const keys: number[] = [];
      w['keys'] = keys;
      document.addEventListener('keydown', () => keys.push(performance.now()), true);
      document.addEventListener('input', () => (w['inputAt'] ??= performance.now()), true);
      const seen = new MutationObserver(() => {
        if (document.querySelector('[role="option"][data-href]')) w['firstOptionAt'] ??= performance.now();
        const option = document.querySelector(`[role="option"][data-href="${target}"]`);
        if (!option || option.closest('[hidden]')) return;
        w['expectedAt'] = performance.now();
        seen.disconnect();
        requestAnimationFrame(() => (w['paintedAt'] = performance.now()));
      });
      seen.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden'],
      });
    }, expected);
    await page.goto(new URL(host, origin).href, { waitUntil: 'networkidle' });
    const onLoad = await transfersOf(started.map((s) => s.request));
    const loaded = started.length;
    const box = page.locator('#header-search');
    if (entry === 'type') {
      await box.click();
      await page.keyboard.type(term);
    } else {
      await box.fill(term);
    }
    await page.waitForFunction(() => (window as unknown as Record<string, number>)['paintedAt'], null, {
      timeout: FIRST_RESULT_TIMEOUT_MS,
    });
    const at = await page.evaluate(() => {
      const w = window as unknown as Record<string, number | number[] | undefined>;
      const num = (key: string) => (typeof w[key] === 'number' ? w[key] : 0);
      return {
        keys: Array.isArray(w['keys']) ? w['keys'] : [],
        inputAt: num('inputAt'),
        firstOptionAt: num('firstOptionAt'),
        expectedAt: num('expectedAt'),
        paintedAt: num('paintedAt'),
        // performance.now() counts from here; requests are seen by wall clock.
        origin: performance.timeOrigin,
      };
    });
    const used = await transfersOf(askedBetween(started, loaded, at.origin + at.expectedAt));
    const split = searchTransfers(used, SUGGEST_DIR);
    const cost = {
      firstBytes: split.index.bytes + split.page.bytes,
      firstRequests: split.index.requests + split.page.requests,
      // The same without requests outside /suggest/ that fell in the window (the page's own).
      suggestBytes: split.index.bytes,
      suggestRequests: split.index.requests,
      files: split.indexFiles,
      otherRequests: split.page.requests,
      otherPaths: used.map((t) => new URL(t.url).pathname).filter((path) => !path.startsWith(SUGGEST_DIR)),
    };
    if (entry === 'fill') return { ...cost, fromInputMs: Math.round(at.paintedAt - at.inputAt) };
    const first = at.keys[0] ?? 0;
    const before = at.keys.filter((t) => t <= at.expectedAt);
    const round = (ms: number) => Math.round(ms);
    return {
      ...cost,
      firstResultMs: round(at.paintedAt - first),
      firstOptionMs: round(at.firstOptionAt - first),
      // From the last keystroke before the suggestion showed: what a reader who stopped there waits.
      afterLastKeyMs: round(at.paintedAt - (before.at(-1) ?? first)),
      keysBefore: before.length,
      // How long the browser took to take the whole term in; the reader's own typing is slower.
      typingMs: round((at.keys.at(-1) ?? first) - first),
      hostPage: host,
      hostBytesOnLoad: onLoad.reduce((sum, t) => sum + t.bytes, 0),
      hostRequestsOnLoad: onLoad.length,
      suggestRequestsOnLoad: onLoad.filter((t) => new URL(t.url).pathname.startsWith(SUGGEST_DIR)).length,
    };
  });
}

/** The term with its first letter replaced by the next one of the alphabet ("anvil" → "bnvil"). */
function misspeltFirstLetter(term: string): string {
  const first = term.trim()[0]?.toLowerCase() ?? 'a';
  const next = first >= 'a' && first < 'z' ? String.fromCharCode(first.charCodeAt(0) + 1) : 'a';
  return next + term.trim().slice(1);
}

/**
 * The suggestion tier: the term typed a keystroke a letter (`typed`), put in whole (`filled`),
 * and put in whole with its first letter wrong (`misspelt`), each in a fresh browser.
 */
async function measureSuggest(term: string, expected: string) {
  const typed = await measureEntry(term, expected, 'type');
  const filled = await measureEntry(term, expected, 'fill');
  const wrong = misspeltFirstLetter(term);
  const misspelt = { term: wrong, ...(await measureEntry(wrong, expected, 'fill')) };
  return { ...typed, filled, misspelt };
}

/** Opens /search/?q=term with an empty cache on the throttled network; counts until the first result. */
async function measureFullText(term: string) {
  if (!existsSync(join(dist, 'search', 'index.html'))) throw new Error(`${dist} has no search page`);
  return throttledPage(async (page, started, origin) => {
    // The moment the first result's text is in the page, taken in the page: polling from here
    // would let requests made just after it (the filter counts) slip into the count.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('#search-results li article')) return;
        (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const t0 = Date.now();
    await page.goto(`${origin}search/?q=${encodeURIComponent(term)}`);
    await page.locator('#search-results li article').first().waitFor({ timeout: FIRST_RESULT_TIMEOUT_MS });
    const firstResultAt = await page.evaluate(
      () => (window as unknown as { firstResultAt: number }).firstResultAt,
    );
    // Only what was asked for before the first result counts; later requests (more fragments) do not.
    const transfers = await transfersOf(askedBetween(started, 0, firstResultAt));
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
      firstResultMs: firstResultAt - t0,
      pageBytes: split.page.bytes,
      pageRequests: split.page.requests,
      indexFiles: split.indexFiles,
    };
  });
}
