/**
 * `npm run build:test [fixture|live]…`: builds the test sites (tests/support/test-sites.ts) whose
 * code, settings or content changed since their last build; `--force` builds them regardless.
 * The build and end-to-end tiers call the same function, so a site built here is reused there.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureTestSites, testSite, type TestSiteName } from './test-sites.ts';

const NAMES: readonly TestSiteName[] = ['live', 'fixture'];
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
const unknown = positionals.filter((name) => !NAMES.includes(name as TestSiteName));
if (unknown.length > 0) {
  console.error(
    `usage: npm run build:test -- [${NAMES.join('|')}]… [--force] (unknown: ${unknown.join(', ')})`,
  );
  process.exit(2);
}
const names = positionals.length > 0 ? (positionals as TestSiteName[]) : NAMES;
if (values.force) for (const name of names) rmSync(testSite(name).root, { recursive: true, force: true });
try {
  ensureTestSites(names);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
