/**
 * Sums the unit (Vitest) and end-to-end (Playwright) JSON reports into one line,
 * `N passed, N failed`, on stdout. Notes about missing reports go to stderr so
 * the last line stays machine-readable. Exits 1 when anything failed or a
 * report is missing.
 *
 *   node scripts/ci-summary.ts --vitest reports/unit.json --playwright reports/e2e.json
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** Passed and failed test counts of one report. */
export interface Tally {
  passed: number;
  failed: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { status: string; assertionResults?: unknown[] }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

/** Counts a Vitest JSON report; a test file that failed to load counts as one failure. */
export function tallyVitest(report: VitestReport): Tally {
  const unloaded = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + unloaded };
}

/** Counts a Playwright JSON report; flaky tests passed in the end, run-level errors (a failed setup) fail. */
export function tallyPlaywright(report: PlaywrightReport): Tally {
  const { expected, unexpected, flaky } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (report.errors ?? []).length };
}

function read<T>(label: string, file: string | undefined): T | null {
  if (!file || !existsSync(file)) {
    console.error(`${label}: no report${file ? ` at ${file}` : ''} (that stage did not run)`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    console.error(`${label}: unreadable report ${file}: ${String(error)}`);
    return null;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.filename === process.argv[1];
if (isMain) {
  const { values } = parseArgs({
    options: { vitest: { type: 'string' }, playwright: { type: 'string' } },
  });
  const unit = read<VitestReport>('unit tests', values.vitest);
  const e2e = read<PlaywrightReport>('e2e tests', values.playwright);
  const tallies = [unit && tallyVitest(unit), e2e && tallyPlaywright(e2e)].filter(
    (t): t is Tally => t !== null,
  );
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || tallies.length < 2 ? 1 : 0);
}
