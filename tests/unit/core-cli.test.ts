/**
 * `npm run validate` as editors run it: exit codes and output format.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(dir: string, env: Record<string, string> = {}, today: string | null = '2026-02-01') {
  const args = ['scripts/validate.ts', dir, ...(today ? ['--today', today] : [])];
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

// Each case starts a Node process; on a busy shared machine that alone can take seconds.
describe('validate CLI', { timeout: 60_000 }, () => {
  it('exits 0 and summarises valid content', () => {
    const run = validate('tests/fixtures/minimal');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/✓ 10 files valid \(2 tools, 2 reviewers, 4 verdicts, 1 comparisons\)/);
  });

  it('exits 1 and prints every problem as file:line: field: message', () => {
    const run = validate('tests/fixtures/broken');
    expect(run.status).toBe(1);
    const lines = run.err.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^✗ \d+ error\(s\)/);
    expect(lines).toContain(
      "tests/fixtures/broken/tools/gamma.md:2: nmae: unknown field. Did you mean 'name'?",
    );
  });

  it('adds GitHub annotations under GitHub Actions', () => {
    const run = validate('tests/fixtures/broken', { GITHUB_ACTIONS: 'true' });
    expect(run.out).toContain(
      "::error file=tests/fixtures/broken/tools/gamma.md,line=2,title=nmae::nmae: unknown field. Did you mean 'name'?",
    );
  });

  it('exits 1 with a clear message for a missing folder', () => {
    const run = validate('tests/fixtures/does-not-exist');
    expect(run.status).toBe(1);
    expect(run.err).toContain('content folder not found: tests/fixtures/does-not-exist');
  });

  it('passes on the real content', () => {
    expect(validate('content', {}, null).status).toBe(0);
  });
});
