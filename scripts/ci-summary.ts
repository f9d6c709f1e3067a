/**
 * `node scripts/ci-summary.ts --reports test-reports` (the last step of `.ci/run`): reads what the
 * steps left in the reports folder (steps.tsv, the Vitest and Playwright JSON reports,
 * site-builds.log) and prints each step's outcome, the failed tests, the number of site builds and,
 * last, one line: `N passed, N failed`. A test step counts its tests; any other step (validate,
 * lint…) counts as one check, and so does a test step that left no report. Under GitHub Actions the
 * same summary goes to `$GITHUB_STEP_SUMMARY` as Markdown. Exits 1 when anything failed.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownText } from '../src/core/views/markdown-text.ts';

/** Passed and failed counts, and the names of what failed. */
export interface Tally {
  passed: number;
  failed: number;
  failures: string[];
}

interface VitestAssertion {
  status: string;
  fullName?: string;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { name?: string; status: string; assertionResults?: VitestAssertion[] }[];
}

interface PlaywrightSuite {
  title?: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file?: string;
    line?: number;
    tests?: { projectName?: string; status?: string }[];
  }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
}

/** Counts a Vitest JSON report; a test file that failed to load counts as one failure. */
export function tallyVitest(report: VitestReport): Tally {
  const files = report.testResults ?? [];
  const unloaded = files.filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  );
  const failures = files.flatMap((file) => {
    const name = relativeName(file.name ?? '');
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (file.status === 'failed' && failed.length === 0) return [`${name}: the file failed to load`];
    return failed.map((a) => `${name}: ${a.fullName ?? ''}`);
  });
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + unloaded.length,
    failures,
  };
}

/** Counts a Playwright JSON report; flaky tests passed in the end, run-level errors (a failed setup) fail. */
export function tallyPlaywright(report: PlaywrightReport): Tally {
  const { expected, unexpected, flaky } = report.stats;
  const failures: string[] = [];
  const visit = (suite: PlaywrightSuite, titles: string[]): void => {
    const path = suite.title && !suite.file ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const where = `${spec.file ?? suite.file ?? ''}:${String(spec.line ?? '')}`;
        failures.push(`${where}: [${test.projectName ?? ''}] ${[...path, spec.title].join(' › ')}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child, path);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  for (const error of report.errors ?? []) failures.push(firstLine(error.message ?? 'run error'));
  return { passed: expected + flaky, failed: unexpected + (report.errors ?? []).length, failures };
}

/** A step as `.ci/run` recorded it. */
export interface StepOutcome {
  step: string;
  ok: boolean;
  seconds: number;
}

/** Parses steps.tsv: `step<TAB>passed|failed<TAB>seconds` per line; a step run twice counts once, last wins. */
export function parseSteps(text: string): StepOutcome[] {
  const steps = new Map<string, StepOutcome>();
  for (const line of text.split('\n')) {
    const [step, result, seconds] = line.split('\t');
    if (!step || !result) continue;
    steps.set(step, { step, ok: result === 'passed', seconds: Number(seconds) || 0 });
  }
  return [...steps.values()];
}

/** The report each test step writes, by step name. */
const STEP_REPORTS: Record<string, { file: string; runner: 'vitest' | 'playwright' }> = {
  unit: { file: 'unit.json', runner: 'vitest' },
  'build-tests': { file: 'build.json', runner: 'vitest' },
  e2e: { file: 'e2e.json', runner: 'playwright' },
};

/** Every step's tally: a test step's tests, or the step itself as one check. */
export function tallySteps(
  steps: readonly StepOutcome[],
  readReport: (file: string) => unknown,
): (StepOutcome & Tally)[] {
  return steps.map((outcome): StepOutcome & Tally => {
    const source = STEP_REPORTS[outcome.step];
    const report = source ? readReport(source.file) : null;
    if (source && report) {
      const tally =
        source.runner === 'vitest'
          ? tallyVitest(report as VitestReport)
          : tallyPlaywright(report as PlaywrightReport);
      // A runner that failed without a failed test (a crash, a failed global setup) still failed.
      if (!outcome.ok && tally.failed === 0) {
        return { ...outcome, ...tally, failed: 1, failures: [`${outcome.step}: the runner failed`] };
      }
      return { ...outcome, ...tally };
    }
    return outcome.ok
      ? { ...outcome, passed: 1, failed: 0, failures: [] }
      : { ...outcome, passed: 0, failed: 1, failures: [`${outcome.step}: failed (see its log)`] };
  });
}

/** The summary as Markdown for `$GITHUB_STEP_SUMMARY`: steps, what failed (a few lines), builds. */
export function markdownSummary(
  tallies: readonly (StepOutcome & Tally)[],
  builds: number,
  shown = 15,
): string {
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  const failures = tallies.flatMap((t) => t.failures);
  const lines = [
    `## Checks: ${failed === 0 ? '✅' : '❌'} ${passed} passed, ${failed} failed`,
    '',
    '| Step | Result | Time |',
    '| --- | --- | --- |',
    ...tallies.map(
      (t) =>
        `| ${markdownText(t.step)} | ${t.failed === 0 ? 'passed' : `**${t.failed} failed**`} | ${t.seconds} s |`,
    ),
    '',
    `Site builds: ${builds}`,
  ];
  if (failures.length > 0) {
    lines.push('', '### What failed', '');
    lines.push(...failures.slice(0, shown).map((f) => `- ${markdownText(f)}`));
    if (failures.length > shown) lines.push(`- … and ${failures.length - shown} more (see the logs)`);
  }
  return `${lines.join('\n')}\n`;
}

function relativeName(file: string): string {
  const at = file.indexOf('/tests/');
  return at >= 0 ? file.slice(at + 1) : file;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`unreadable report ${file}: ${String(error)}`);
    return null;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.filename === process.argv[1];
if (isMain) {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: 'test-reports' } } });
  const dir = values.reports;
  const stepsFile = join(dir, 'steps.tsv');
  const steps = parseSteps(existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8') : '');
  if (steps.length === 0) console.error(`no steps recorded in ${stepsFile}`);
  const tallies = tallySteps(steps, (file) => readJson(join(dir, file)));
  const buildsFile = join(dir, 'site-builds.log');
  const builds = existsSync(buildsFile)
    ? readFileSync(buildsFile, 'utf8').split('\n').filter(Boolean).length
    : 0;

  for (const t of tallies) {
    const counts = STEP_REPORTS[t.step] ? ` (${t.passed} passed, ${t.failed} failed)` : '';
    console.log(`${t.failed === 0 ? '✓' : '✗'} ${t.step}${counts} in ${t.seconds} s`);
  }
  for (const failure of tallies.flatMap((t) => t.failures).slice(0, 30)) console.log(`  ✗ ${failure}`);
  console.log(`site builds: ${builds}`);
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendFileSync(summaryFile, markdownSummary(tallies, builds));

  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || steps.length === 0 ? 1 : 0);
}
