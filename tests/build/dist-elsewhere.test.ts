/**
 * `npm run build` into a DIST_DIR on another file system than the project's: Astro renames files
 * from the project into its output, which fails across devices, so the build is made under the
 * project and copied beside the output. Runs where the machine has a memory file system apart
 * from the project's (Linux: /dev/shm).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const temp = mkdtempSync(join(tmpdir(), 'dist-elsewhere-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const shm = statSync('/dev/shm', { throwIfNoEntry: false });
const otherDevice = shm?.isDirectory() === true && shm.dev !== statSync('.').dev;

describe('npm run build', { timeout: 600_000 }, () => {
  it.runIf(otherDevice)('builds into a DIST_DIR on another file system', () => {
    const content = join(temp, 'content');
    cpSync('tests/fixtures/minimal', content, { recursive: true });
    const apart = mkdtempSync('/dev/shm/atomic-build-');
    try {
      const elsewhere = join(apart, 'site');
      const built = spawnSync('npm', ['run', '-s', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: content, DIST_DIR: elsewhere, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      expect(built.status, built.stderr).toBe(0);
      expect(existsSync(join(elsewhere, 'compare/alpha-ai-vs-beta-bot/index.html'))).toBe(true);
      expect(readdirSync(apart)).toEqual(['site']);
    } finally {
      rmSync(apart, { recursive: true, force: true });
    }
  });
});
