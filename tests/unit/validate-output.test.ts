/**
 * Printed output at the command line: `npm run validate` prints every problem and
 * the summary through a pipe, however slowly it is read, and each problem on exactly one line.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'validate-output-'));
const FILES = 400;
// Each broken tool gives ten problems: an unknown field and nine missing ones.
const PROBLEMS = FILES * 10;
mkdirSync(join(root, 'tools'));
for (let i = 0; i < FILES; i++) writeFileSync(join(root, 'tools', `t${i}.md`), '---\nnmae: x\n---\nx\n');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs validate with both streams piped and read only after `delayMs`, as a slow reader would. */
function validateSlowly(env: Record<string, string>, delayMs: number) {
  return new Promise<{ status: number | null; out: string; err: string }>((done) => {
    const child = spawn(process.execPath, ['scripts/validate.ts', root, '--today', '2026-02-01'], {
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').pause();
    child.stderr.setEncoding('utf8').pause();
    setTimeout(() => {
      child.stdout.on('data', (chunk: string) => (out += chunk)).resume();
      child.stderr.on('data', (chunk: string) => (err += chunk)).resume();
    }, delayMs);
    child.on('close', (status) => done({ status, out, err }));
  });
}

describe('validate through a pipe', { timeout: 120_000 }, () => {
  it('delivers every problem and the summary to a reader that starts late', async () => {
    const run = await validateSlowly({}, 1500);
    const lines = run.err.trimEnd().split('\n');
    expect(run.status).toBe(1);
    expect(lines).toHaveLength(PROBLEMS + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^✗ ${PROBLEMS} error\\(s\\) in ${FILES} files`));
  });

  it('delivers every annotation too under GitHub Actions', async () => {
    const run = await validateSlowly({ GITHUB_ACTIONS: 'true' }, 1500);
    const annotations = run.out.trimEnd().split('\n');
    expect(annotations).toHaveLength(PROBLEMS);
    for (const line of annotations) expect(line).toMatch(/^::error file=/);
  });
});
