/** The CI summary counts what passed and failed across both test runners. */
import { describe, expect, it } from 'vitest';
import { tallyPlaywright, tallyVitest } from '../../scripts/ci-summary.ts';

describe('tallyVitest', () => {
  it('counts passed and failed tests', () => {
    expect(tallyVitest({ numPassedTests: 5, numFailedTests: 2, testResults: [] })).toEqual({
      passed: 5,
      failed: 2,
    });
  });

  it('counts a test file that failed to load as a failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        { status: 'failed', assertionResults: [] },
        { status: 'passed', assertionResults: [{}, {}, {}] },
      ],
    };
    expect(tallyVitest(report)).toEqual({ passed: 3, failed: 1 });
  });
});

describe('tallyPlaywright', () => {
  it('counts flaky tests as passed and run errors as failures', () => {
    const report = { stats: { expected: 10, unexpected: 1, flaky: 2, skipped: 3 }, errors: [{}] };
    expect(tallyPlaywright(report)).toEqual({ passed: 12, failed: 2 });
  });
});
