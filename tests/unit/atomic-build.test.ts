/**
 * A failed build leaves the last good site exactly as it was. `npm run build` validates before
 * Astro starts and builds into a staging folder that replaces DIST_DIR only when every step
 * succeeded; the swap itself is tested with steps that fail on purpose. DIST_DIR may be anywhere
 * a build can write, on another file system too; anywhere else is refused before anything runs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtomically, outputFolderProblem, recoverFolders } from '../../src/build/atomic-build.ts';

const temp = mkdtempSync(join(tmpdir(), 'atomic-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir` with a hash of its bytes, so two trees compare byte for byte. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** What sits beside the output folder: a failed build must leave only the output itself. */
function siblings(dist: string): string[] {
  const name = dist.split('/').pop() ?? '';
  return readdirSync(join(dist, '..')).filter((entry) => entry.startsWith(name));
}

/** A step that writes `file` into DIST_DIR, then exits with `code`. */
function step(name: string, file: string, code = 0, after: string[] = []) {
  const script = `const fs=require('fs');fs.mkdirSync(process.env.DIST_DIR,{recursive:true});fs.writeFileSync(process.env.DIST_DIR+'/${file}','${name}');process.exit(${code})`;
  return { name, command: process.execPath, args: ['-e', script], after };
}

describe('the build swap', () => {
  it('replaces the output only when every step succeeded', async () => {
    const dist = join(temp, 'swap', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'old.html'), 'old');
    expect(await buildAtomically(dist, [step('a', 'a.html'), step('b', 'b.html')])).toBeNull();
    expect(readdirSync(dist).sort()).toEqual(['a.html', 'b.html']);
    expect(siblings(dist)).toEqual(['dist']);
  });

  it.each([0, 1, 2])('keeps the last good output when step %i of 3 fails', async (failing) => {
    const dist = join(temp, `fail-${failing}`, 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'last good');
    const before = tree(dist);
    const steps = [0, 1, 2].map((i) =>
      step(`step ${i}`, `${i}.html`, i === failing ? 1 : 0, i === 0 ? [] : [`step ${i - 1}`]),
    );
    expect(await buildAtomically(dist, steps)).toBe(`step ${failing}`);
    expect(tree(dist)).toEqual(before);
    expect(siblings(dist)).toEqual(['dist']);
  });

  it('stops the steps running beside a failed one and keeps the last good output', async () => {
    const dist = join(temp, 'beside', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'last good');
    const before = tree(dist);
    const pidFile = join(temp, 'beside', 'slow.pid');
    const node = (name: string, script: string) => ({
      name,
      command: process.execPath,
      args: ['-e', script],
    });
    // The slow step notes its pid and would run for a minute; the other fails once it has.
    const slow = node(
      'slow',
      `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setTimeout(() => {}, 60_000)`,
    );
    const failing = node(
      'failing',
      `setInterval(() => require('fs').existsSync(${JSON.stringify(pidFile)}) && process.exit(1), 20)`,
    );
    expect(await buildAtomically(dist, [slow, failing])).toBe('failing');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect(tree(dist)).toEqual(before);
    expect(siblings(dist)).toEqual(['dist']);
  });

  it('finishes a swap a crash interrupted, and drops a failed build left behind', () => {
    const dist = join(temp, 'crash', 'dist');
    mkdirSync(`${dist}.replaced`, { recursive: true });
    writeFileSync(join(`${dist}.replaced`, 'index.html'), 'last good');
    mkdirSync(`${dist}.building/.prerender`, { recursive: true });
    recoverFolders(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good');
    expect(siblings(dist)).toEqual(['dist']);
  });
});

describe('an output on another file system', () => {
  // Astro renames files from the project's .astro/ into its output, which fails across devices.
  const apart = { sameFileSystem: () => false };

  it('builds under the project, then copies the site beside the output and swaps it in', async () => {
    const project = join(temp, 'apart', 'project');
    const dist = join(temp, 'apart', 'elsewhere', 'dist');
    mkdirSync(project, { recursive: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'old.html'), 'old');
    const seen = join(temp, 'apart', 'dist-dir.txt');
    const noting = {
      name: 'note',
      command: process.execPath,
      args: ['-e', `require('fs').writeFileSync(${JSON.stringify(seen)}, process.env.DIST_DIR)`],
    };
    const steps = [noting, step('a', 'a.html', 0, ['note'])];
    expect(await buildAtomically(dist, steps, { ...apart, projectRoot: project })).toBeNull();
    expect(readFileSync(seen, 'utf8').startsWith(join(project, '.cache', 'builds'))).toBe(true);
    expect(readdirSync(dist)).toEqual(['a.html']);
    expect(siblings(dist)).toEqual(['dist']);
    expect(readdirSync(join(project, '.cache', 'builds'))).toEqual([]);
  });

  it('keeps the last good output and leaves nothing under the project when a step fails', async () => {
    const project = join(temp, 'apart-fail', 'project');
    const dist = join(temp, 'apart-fail', 'elsewhere', 'dist');
    mkdirSync(project, { recursive: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'last good');
    const before = tree(dist);
    const steps = [step('a', 'a.html'), step('b', 'b.html', 1, ['a'])];
    expect(await buildAtomically(dist, steps, { ...apart, projectRoot: project })).toBe('b');
    expect(tree(dist)).toEqual(before);
    expect(siblings(dist)).toEqual(['dist']);
    expect(readdirSync(join(project, '.cache', 'builds'))).toEqual([]);
  });
});

describe('outputFolderProblem', () => {
  const project = join(temp, 'checks', 'project');
  mkdirSync(join(project, 'content'), { recursive: true });
  writeFileSync(join(project, 'content', 'tool.md'), 'a tool');
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist', 'index.html'), 'a build');
  mkdirSync(join(project, 'empty'), { recursive: true });
  writeFileSync(join(project, 'a-file'), 'x');

  it.each([
    ['dist', 'a previous build'],
    ['empty', 'an empty folder'],
    ['new/deeper/dist', 'a folder not made yet'],
    [join(temp, 'checks', 'outside', 'dist'), 'a folder outside the project'],
  ])('accepts %s (%s)', (dist, _what) => {
    expect(outputFolderProblem(join(project, dist), project)).toBeNull();
  });

  it.each([
    ['.', 'holds the project itself'],
    ['..', 'holds the project itself'],
    ['content', 'holds files that are not a build of this site (no index.html)'],
    ['a-file', 'is a file, not a folder'],
    ['a-file/dist', `cannot write into ${join(project, 'a-file')} (a file is in the way)`],
  ])('refuses %s: it %s', (dist, message) => {
    const problem = outputFolderProblem(join(project, dist), project);
    expect(problem).toContain(message);
    expect(problem).toMatch(/^DIST_DIR [^\n]+: [^\n]+\.$|^DIST_DIR [^\n]+ (holds|is) [^\n]+\.$/);
  });

  it('prints a hostile DIST_DIR as one escaped line', () => {
    expect(outputFolderProblem(join(project, 'a-file', 'x\n::error::forged'), project)).toContain(
      'x\\n::error::forged',
    );
  });
});

// Refused before Astro starts: no site is built here. A successful `npm run build` through the
// same swap makes every test site (tests/support/test-sites.ts); one on another file system is
// the rebuild in tests/build/incremental-build.test.ts.
describe('npm run build', { timeout: 120_000 }, () => {
  const content = join(temp, 'content');
  const dist = join(temp, 'site', 'dist');
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  const build = (distDir: string) =>
    spawnSync('npm', ['run', '-s', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });

  it('refuses a DIST_DIR that holds the project before it reads any content', () => {
    const refused = build('.');
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toMatch(/^build: DIST_DIR \S+ holds the project itself: .*\.$/);
  });

  it('refuses broken content without touching the last good site', () => {
    mkdirSync(join(dist, 'compare', 'alpha-ai-vs-beta-bot'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'last good home');
    writeFileSync(join(dist, 'compare', 'alpha-ai-vs-beta-bot', 'index.html'), 'last good page');
    const before = tree(dist);

    writeFileSync(join(content, 'tools/alpha-ai.md'), '---\nname: Alpha AI\n---\nBroken.\n');
    const broken = build(dist);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${content}/tools/alpha-ai.md:2: category: required field is missing.`);
    expect(broken.stderr).toContain(`nothing was built and ${dist} was left as it was.`);
    expect(tree(dist)).toEqual(before);
    expect(siblings(dist)).toEqual(['dist']);
    expect(existsSync(join(dist, '.prerender'))).toBe(false);
  });
});
