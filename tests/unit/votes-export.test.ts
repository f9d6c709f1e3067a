/**
 * `npm run votes:export`: stored tallies become one deterministic YAML file per comparison,
 * only changed files are touched, and what it writes passes validation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/content.ts';
import { planExport, votesYaml } from '../../src/core/votes/export.ts';
import { readExportBody } from '../../src/core/votes/export-source.ts';
import type { TallyRow } from '../../src/core/votes/store.ts';
import { readContentDir, toPosix } from '../../src/fs/read-content.ts';
import { openSqliteStore } from '../../src/server/stores/sqlite.ts';

const PAIR = 'alpha-ai-vs-beta-bot';
const target = {
  comparisons: new Map([[PAIR, ['alpha-ai', 'beta-bot'] as const]]),
  existing: new Map([[PAIR, new Map([['alpha-ai', { ship: 2, skip: 1 }]])]]),
};
const row = (tool: string, ship: number, skip: number, comparison = PAIR): TallyRow => ({
  comparison,
  tool,
  ship,
  skip,
});

describe('planExport', () => {
  it.each([
    ['unchanged counts', [row('alpha-ai', 2, 1)], 0, 1, []],
    ['a changed count', [row('alpha-ai', 3, 1)], 1, 0, []],
    ['a newly counted tool', [row('beta-bot', 0, 4)], 1, 0, []],
    ['a comparison with no content file', [row('x', 1, 0, 'x-vs-y')], 0, 0, ['warning']],
    ['a tool not in the pair', [row('gamma', 1, 0)], 0, 1, ['warning']],
    ['a count the schema refuses', [row('alpha-ai', -1, 0)], 0, 0, ['error']],
  ])('%s', (_name, rows, written, unchanged, notes) => {
    const plan = planExport(rows, target);
    expect(plan.writes).toHaveLength(written);
    expect(plan.unchanged).toBe(unchanged);
    expect(plan.notes.map((n) => n.severity)).toEqual(notes);
  });

  it('keeps hand-typed counts of tools the database has not counted, in page order', () => {
    const plan = planExport([row('beta-bot', 5, 0)], target);
    expect(plan.writes[0]?.text).toBe(
      [
        '# Community votes on alpha-ai-vs-beta-bot, exported from the vote database by `npm run votes:export`.',
        'alpha-ai: { ship: 2, skip: 1 }',
        'beta-bot: { ship: 5, skip: 0 }',
        '',
      ].join('\n'),
    );
  });

  it('refuses to overwrite a votes file that does not validate', () => {
    const plan = planExport([row('alpha-ai', 1, 0)], { ...target, existing: new Map([[PAIR, null]]) });
    expect(plan.writes).toEqual([]);
    expect(plan.notes[0]?.message).toMatch(/does not validate/);
  });

  it('writes the same bytes whatever order the rows come in', () => {
    const rows = [row('beta-bot', 1, 2), row('alpha-ai', 3, 4)];
    const empty = { ...target, existing: new Map() };
    expect(planExport(rows, empty)).toEqual(planExport([...rows].reverse(), empty));
    expect(
      votesYaml(PAIR, ['alpha-ai', 'beta-bot'], new Map([['beta-bot', { ship: 1, skip: 0 }]])),
    ).toContain('beta-bot');
  });
});

describe('readExportBody', () => {
  it.each([
    [{ tallies: [] }, true],
    [{ tallies: [{ comparison: PAIR, tool: 'alpha-ai', ship: 1, skip: 0 }] }, true],
    [{ tallies: [{ comparison: '../x', tool: 'alpha-ai', ship: 1, skip: 0 }] }, false],
    [{ tallies: [{ comparison: PAIR, tool: 'alpha-ai', ship: 1.5, skip: 0 }] }, false],
    [{ tallies: [{ comparison: PAIR, tool: 'alpha-ai', ship: 1, skip: 0, extra: 1 }] }, false],
    [[], false],
  ])('%j is an export: %s', (body, ok) => {
    expect(readExportBody(body).ok).toBe(ok);
  });
});

// Each case spawns the script; a loaded machine takes seconds to start Node.
describe('npm run votes:export', { timeout: 60_000 }, () => {
  const temp = mkdtempSync(join(tmpdir(), 'votes-export-'));
  const content = join(temp, 'content');
  const database = join(temp, 'votes.sqlite');
  const file = join(content, 'votes', `${PAIR}.yaml`);
  const run = () =>
    spawnSync(
      process.execPath,
      ['scripts/votes-export.ts', '--from', database, '--out', join(content, 'votes')],
      {
        encoding: 'utf8',
      },
    );

  beforeAll(async () => {
    cpSync('tests/fixtures/minimal', content, { recursive: true });
    const store = openSqliteStore(database);
    const at = '2026-11-23T00:00:00.000Z';
    for (const [voter, tool, call] of [
      ['voter-000000000000001', 'alpha-ai', 'ship'],
      ['voter-000000000000002', 'alpha-ai', 'skip'],
      ['voter-000000000000001', 'beta-bot', 'ship'],
    ] as const) {
      await store.cast({ comparison: PAIR, tool, voter, call, at });
    }
    await store.close();
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('writes the stored counts, then leaves the unchanged file alone, and validation accepts it', () => {
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      [
        `# Community votes on ${PAIR}, exported from the vote database by \`npm run votes:export\`.`,
        'alpha-ai: { ship: 1, skip: 1 }',
        'beta-bot: { ship: 1, skip: 0 }',
        '',
      ].join('\n'),
    );
    const before = statSync(file).mtimeMs;
    const second = run();
    expect(second.stdout).toMatch(/0 file\(s\) written, 1 unchanged/);
    expect(statSync(file).mtimeMs).toBe(before);

    const { ok, problems } = validateContent(readContentDir(content), toPosix(content), {
      today: '2026-11-23',
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ok).toBe(true);
  });

  it('exits 1 and names the file when an existing votes file is broken', () => {
    writeFileSync(file, 'alpha-ai: [not, counts]\n');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`votes/${PAIR}.yaml: its votes file does not validate`);
  });

  it.each([
    [['--from', 'http://example.com/', '--out', 'x'], /https:\/\//],
    [['--from', 'https://example.com/', '--out', 'x'], /VOTES_EXPORT_TOKEN/],
    [['--from', '/no/such/file.sqlite', '--out', 'x'], /no vote database/],
  ])('refuses %j', (args, message) => {
    const env = { ...process.env };
    delete env['VOTES_EXPORT_TOKEN'];
    const result = spawnSync(process.execPath, ['scripts/votes-export.ts', ...args], {
      encoding: 'utf8',
      env,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
