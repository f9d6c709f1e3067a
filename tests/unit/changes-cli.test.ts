/**
 * `npm run changes` end to end, in a throwaway git repository: a base commit holding the minimal
 * fixture, then a change (committed or only in the working tree), compared as CI and editors run it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/changes.ts');
const FIXTURE = resolve('tests/fixtures/minimal');
const TODAY = '2026-02-01';
const VOTES = 'content/votes/alpha-ai-vs-beta-bot.yaml';

let repo = '';

function git(...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.test',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.test',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

function changes(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['CONTENT_DIR'];
  const run = spawnSync(process.execPath, [SCRIPT, '--today', TODAY, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shipworthy-changes-cli-'));
  git('init', '--quiet', '--initial-branch=main');
  writeFileSync(join(repo, 'README.md'), 'A site before it had content.\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'No content yet');
  git('tag', 'empty');
  cpSync(FIXTURE, join(repo, 'content'), { recursive: true });
  git('add', '.');
  git('commit', '--quiet', '-m', 'Content');
  git('tag', 'base');
  writeFileSync(join(repo, VOTES), 'alpha-ai: { ship: 8, skip: 2 }\n');
  git('commit', '--quiet', '-am', 'New counts');
  git('tag', 'counted');
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

// Each case starts a Node process and git; on a busy shared machine that alone can take seconds.
describe('npm run changes', { timeout: 60_000 }, () => {
  it('compares the working tree with a ref, as plain text', () => {
    const run = changes('--base', 'base');
    expect(run.status).toBe(0);
    expect(run.out).toContain(
      `The working tree compared with base (${git('rev-parse', 'base').slice(0, 12)}), as of ${TODAY}.`,
    );
    expect(run.out).toContain(
      'Alpha AI on /compare/alpha-ai-vs-beta-bot/: community 67% → 80% (3 votes → 10 votes)',
    );
  });

  it('compares two refs, as Markdown for a job summary', () => {
    const run = changes('--base', 'base', '--head', 'counted', '--markdown');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/^## What this change publishes\n/);
    expect(run.out).toContain('- Alpha AI on `/tools/alpha-ai/`: community 67% → 80% (3 votes → 10 votes)');
  });

  it('says nothing changes when the head is the base', () => {
    const run = changes('--base', 'counted');
    expect(run.status).toBe(0);
    expect(run.out).toContain('Nothing the site publishes changes');
  });

  it('treats a base without a content folder as an empty site', () => {
    const run = changes('--base', 'empty');
    expect(run.status).toBe(0);
    expect(run.out).toContain('New pages (6)');
    expect(run.out).toContain('New tools (2)');
  });

  it('reads only committed files at a ref, never the working tree', () => {
    writeFileSync(join(repo, VOTES), 'alpha-ai: { ship: 9, skip: 1 }\n');
    try {
      expect(changes('--base', 'base', '--head', 'counted').out).toContain('community 67% → 80%');
      expect(changes('--base', 'base').out).toContain('community 67% → 90%');
    } finally {
      git('checkout', '--quiet', '--', VOTES);
    }
  });

  it('exits 1 with the problems when the working tree does not validate', () => {
    writeFileSync(join(repo, VOTES), 'alpha-ai: { ship: many, skip: 1 }\n');
    try {
      const run = changes('--base', 'base');
      expect(run.status).toBe(1);
      expect(run.out).toContain('The content does not validate (1 error)');
      expect(run.out).toContain(`${VOTES}:1: alpha-ai.ship:`);
    } finally {
      git('checkout', '--quiet', '--', VOTES);
    }
  });

  it.each([
    [['--base', 'no-such-branch'], /'no-such-branch' does not name a commit/],
    [['--base=--upload-pack=touch /tmp/x'], /is not a git ref/],
    [[], /--base is required/],
    [['--base', 'base', '--today', '2026-02-30'], /--today must be a date/],
  ])('exits 2 with one line saying why for %j', (args, message) => {
    const run = changes(...args);
    expect(run.status).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(message);
  });
});
