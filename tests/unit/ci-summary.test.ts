/** The CI summary counts what passed and failed across the steps and both test runners. */
import { describe, expect, it } from 'vitest';
import {
  markdownSummary,
  parseSteps,
  tallyPlaywright,
  tallySteps,
  tallyVitest,
} from '../../scripts/ci-summary.ts';
import { markdownText } from '../../src/core/views/markdown-text.ts';

const vitestReport = {
  numPassedTests: 3,
  numFailedTests: 1,
  testResults: [
    { name: '/repo/tests/unit/a.test.ts', status: 'failed', assertionResults: [] },
    {
      name: '/repo/tests/unit/b.test.ts',
      status: 'failed',
      assertionResults: [
        { status: 'passed', fullName: 'b works' },
        { status: 'failed', fullName: 'b breaks' },
      ],
    },
  ],
};

const playwrightReport = {
  stats: { expected: 10, unexpected: 1, flaky: 2, skipped: 3 },
  errors: [{ message: 'Error: global setup failed\n  at x' }],
  suites: [
    {
      title: 'votes.spec.ts',
      file: 'votes.spec.ts',
      specs: [],
      suites: [
        {
          title: 'with JavaScript',
          specs: [
            {
              title: 'counts a vote',
              file: 'votes.spec.ts',
              line: 12,
              tests: [
                { projectName: 'chromium', status: 'unexpected' },
                { projectName: 'worker', status: 'expected' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('tallyVitest', () => {
  it('counts passed and failed tests, a file that failed to load as one failure, and names them', () => {
    expect(tallyVitest(vitestReport)).toEqual({
      passed: 3,
      failed: 2,
      failures: ['tests/unit/a.test.ts: the file failed to load', 'tests/unit/b.test.ts: b breaks'],
    });
  });
});

describe('tallyPlaywright', () => {
  it('counts flaky tests as passed and run errors as failures, and names them', () => {
    expect(tallyPlaywright(playwrightReport)).toEqual({
      passed: 12,
      failed: 2,
      failures: [
        'votes.spec.ts:12: [chromium] with JavaScript › counts a vote',
        'Error: global setup failed',
      ],
    });
  });
});

describe('tallySteps', () => {
  const steps = parseSteps(
    ['install\tpassed\t20', 'validate\tfailed\t3', 'unit\tfailed\t40', 'e2e\tfailed\t9', ''].join('\n'),
  );
  const reports: Record<string, unknown> = { 'unit.json': vitestReport };
  const tallies = tallySteps(steps, (file) => reports[file] ?? null);

  it('counts a plain step as one check and a test step by its tests', () => {
    expect(tallies.map(({ step, passed, failed }) => [step, passed, failed])).toEqual([
      ['install', 1, 0],
      ['validate', 0, 1],
      ['unit', 3, 2],
      // No report: the runner died before writing one, and that counts as a failure.
      ['e2e', 0, 1],
    ]);
  });

  it('keeps the last outcome of a step run twice', () => {
    expect(parseSteps('lint\tfailed\t1\nlint\tpassed\t2\n')).toEqual([
      { step: 'lint', ok: true, seconds: 2 },
    ]);
  });

  it('writes a Markdown summary with the totals, each step, the builds and what failed', () => {
    const markdown = markdownSummary(tallies, 3, 2);
    expect(markdown).toContain('## Checks: ❌ 4 passed, 4 failed');
    expect(markdown).toContain('| validate | **1 failed** | 3 s |');
    expect(markdown).toContain('Site builds: 3');
    expect(markdown).toContain(`- ${markdownText('validate: failed (see its log)')}`);
    expect(markdown).toContain('- … and 2 more (see the logs)');
  });
});
