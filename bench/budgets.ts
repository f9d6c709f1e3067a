/**
 * Performance budgets for a comparison page of the current build (run
 * `npm run build` first; this builds nothing). Prints JSON lines: the gzipped
 * weight of the HTML, CSS and JS a comparison page loads before any interaction
 * (the modules its scripts import included; bench/lib/page-weight.ts), then Lighthouse's four category scores (mobile preset) for the page
 * served as `npm run serve` serves it: the files and the vote API, on a throwaway database.
 * Exits 1 when a figure is over budget.
 *
 *   npm run budgets [-- --page /compare/<a>-vs-<b>/]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { comparisonPath } from '../src/core/views/paths.ts';
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from '../scripts/lib/chromium.ts';
import { pageWeight } from './lib/page-weight.ts';
import { catalogFromDist, startNodeVoteApi } from '../src/server/node.ts';
import { startServer } from '../src/server/static/static-server.ts';

/** Largest gzipped HTML + CSS + JS a comparison page may load up front. */
const MAX_GZIP_BYTES = 15_000;
/** Lowest acceptable Lighthouse score (0-100) in every category. */
const MIN_SCORE = 90;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const DIST = 'dist';
const { values } = parseArgs({ options: { page: { type: 'string' } } });

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}
const page = values.page ?? firstComparison();
let overBudget = false;
const report = (line: Record<string, unknown>): void => console.log(JSON.stringify(line));

const files = pageWeight(DIST, page);
for (const file of files)
  report({ metric: 'gzip-bytes', page, file: file.path, kind: file.kind, bytes: file.gzipBytes });
const total = files.reduce((n, f) => n + f.gzipBytes, 0);
overBudget ||= total > MAX_GZIP_BYTES;
report({
  metric: 'gzip-bytes-total',
  page,
  bytes: total,
  budget: MAX_GZIP_BYTES,
  ok: total <= MAX_GZIP_BYTES,
});

const scores = await lighthouseScores(page);
for (const category of CATEGORIES) {
  const score = scores[category] ?? null;
  const ok = score !== null && score >= MIN_SCORE;
  overBudget ||= !ok;
  report({ metric: 'lighthouse', page, category, score, budget: MIN_SCORE, ok });
}
process.exit(overBudget ? 1 : 0);

/** The first built comparison page that is a real page rather than a redirect. */
function firstComparison(): string {
  const dir = join(DIST, 'compare');
  for (const slug of readdirSync(dir).sort()) {
    const file = join(dir, slug, 'index.html');
    if (existsSync(file) && !/http-equiv=["']?refresh/i.test(readFileSync(file, 'utf8')))
      return comparisonPath(slug);
  }
  throw new Error('No comparison page in dist/compare/');
}

/** Lighthouse category scores (0-100) for a page served from dist/, with the vote API, on a free local port. */
async function lighthouseScores(path: string): Promise<Record<string, number | null>> {
  // The page reads live counts from the API; without it the 404 lands in the console.
  const data = mkdtempSync(join(tmpdir(), 'budgets-votes-'));
  const api = await startNodeVoteApi({ env: {}, catalog: catalogFromDist(DIST), dataDir: data });
  const server = await startServer({ dir: DIST, port: 0, api: api.handle });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] || SYSTEM_CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(new URL(path.slice(1), server.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const out: Record<string, number | null> = {};
    for (const category of CATEGORIES) {
      const score = result.lhr.categories[category]?.score;
      out[category] = typeof score === 'number' ? Math.round(score * 100) : null;
    }
    return out;
  } finally {
    chrome.kill();
    await server.close();
    await api.close();
    rmSync(data, { recursive: true, force: true });
  }
}
