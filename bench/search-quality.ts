/**
 * `npm run bench:search-quality -- --site <dist> --queries <file.json> [--json]`: runs every
 * query of a judged set (bench/search-quality/) through both tiers of a built site in Chromium,
 * the search box's suggestions and the search page's full-text results, and reports where the
 * judged page landed: how many queries each tier puts first and in the top three, and which
 * judgements held. `seeds.json` judges the seed content (`npm run build`, then `--site dist`);
 * `corpus-20000.json` the bench's corpus (`npm run bench:search -- --comparisons 20000` leaves
 * its site in `.bench/search-20000/dist`).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/lib/chromium.ts';
import { startServer } from '../src/server/static/static-server.ts';
import {
  fullTextPaths,
  meets,
  placeOf,
  readQualitySet,
  score,
  suggestedPaths,
  TIERS,
  type Tier,
} from './lib/search-quality.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    queries: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.site || !values.queries || !existsSync(values.site)) {
  console.error(
    'usage: npm run bench:search-quality -- --site <built site> --queries <judged set.json> [--json]',
  );
  process.exit(2);
}

const queries = readQualitySet(values.queries);
const server = await startServer({ dir: values.site, port: 0, compress: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS] });
const results = [];
try {
  // Tall enough that the first results of the search page load their text without scrolling.
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  await page.goto('/');
  for (const query of queries) {
    const suggest = await suggestedPaths(page, query.query);
    const fulltext = await fullTextPaths(page, query.query);
    await page.goto('/');
    const places: Record<Tier, number | null> = {
      suggest: placeOf(suggest, query.expect),
      fulltext: placeOf(fulltext, query.expect),
    };
    results.push({ query, places, listed: { suggest, fulltext } });
    if (!values.json) {
      const cell = (tier: Tier) => {
        const judged = query.judged[tier];
        const mark = judged ? (meets(places[tier], judged) ? ' ok' : ' MISSED') : '';
        return `${tier} ${places[tier] ?? '-'}${mark}`;
      };
      console.log(
        `${query.kind.padEnd(36)} ${JSON.stringify(query.query).padEnd(40)} ${TIERS.map(cell).join('  ')}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = score(results);
if (values.json) {
  console.log(JSON.stringify({ queries: values.queries, ...summary, results }));
} else {
  for (const tier of TIERS) {
    const s = summary.tiers[tier];
    console.log(`${tier}: first ${s.first} of ${s.queries}, top three ${s.top3} of ${s.queries}`);
  }
  console.log(`judged placements held: ${summary.judged.held} of ${summary.judged.of}`);
}
