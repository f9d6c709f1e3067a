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
import { burstFlags, exportReport } from '../../src/core/votes/export-report.ts';
import { readBoundedText, readExportBody } from '../../src/core/votes/export-source.ts';
import type { ActivityRow, TallyRow } from '../../src/core/votes/store.ts';
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

const day = (overrides: Partial<ActivityRow>): ActivityRow => ({
  comparison: PAIR,
  day: '2026-11-23',
  ballots: 20,
  voters: 20,
  windowVoters: 20,
  networks: 15,
  topNetwork: 3,
  topMinute: 2,
  networksAtBudget: 0,
  ...overrides,
});

describe('burstFlags', () => {
  it.each([
    ['an ordinary day', day({}), []],
    ['most changes from one network', day({ topNetwork: 11 }), ['11 of 20 changes came from one network']],
    ['half from one network is not most', day({ topNetwork: 10 }), []],
    ['most changes within one minute', day({ topMinute: 15 }), ['15 of 20 changes came within one minute']],
    ['a quiet day is never a burst', day({ ballots: 9, topNetwork: 9, topMinute: 9 }), []],
    [
      'a network at its budget',
      day({ networksAtBudget: 2 }),
      ['2 networks spent the whole daily budget of 50'],
    ],
  ])('%s', (_name, row, texts) => {
    expect(burstFlags(row).map((f) => f.text)).toEqual(texts);
  });
});

describe('exportReport', () => {
  const plan = planExport([row('alpha-ai', 5, 1), row('beta-bot', 0, 3)], target);
  it('lists each changed comparison with its change, changes, voters and networks, and the flags', () => {
    const report = exportReport(plan, {
      since: '2026-11-22T05:17:00.000Z',
      days: [
        day({ day: '2026-11-22', ballots: 4, voters: 4, networks: 4, topNetwork: 1, topMinute: 1 }),
        day({ topNetwork: 16, windowVoters: 22 }),
      ],
    });
    expect(report).toContain('1 comparison changes, 0 unchanged.');
    expect(report).toContain('Activity since 2026-11-22T05:17:00.000Z (UTC)');
    expect(report).toContain(
      '| alpha-ai-vs-beta-bot | alpha-ai ship 2 → 5 (+3), skip 1 → 1 (±0); beta-bot ship 0 → 0 (±0), skip 0 → 3 (+3) | 24 | 22 | 19 | **1** |',
    );
    expect(report).toContain('- alpha-ai-vs-beta-bot, 2026-11-23: 16 of 20 changes came from one network.');
  });

  it('says plainly when the source logged no activity', () => {
    const report = exportReport(plan, null);
    expect(report).toContain('The source logs no activity');
    expect(report).toMatch(/\| \? \| \? \| \? \|/);
  });

  it('prints hostile database text as text: no link, no new line, no table cell', () => {
    const hostile = 'x](javascript:alert(1))\n::error::|cell';
    const report = exportReport(planExport([row('a', 1, 0, hostile)], target), {
      since: '2026-11-22T00:00:00.000Z',
      days: [],
    });
    expect(report).not.toContain('](javascript:');
    expect(report).not.toMatch(/^::error/m);
    expect(report).toContain('- x\\]\\(javascript\\:alert\\(1\\)\\)\\\\n\\:\\:error\\:\\:\\|cell: has votes');
  });

  it('stays within a pull request body however many comparisons change', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `tool-${i}-vs-other`);
    const bigPlan = planExport(
      many.map((comparison) => row(comparison.split('-vs-')[0] ?? '', 1, 0, comparison)),
      {
        comparisons: new Map(many.map((c) => [c, [c.split('-vs-')[0] ?? '', 'other'] as const])),
        existing: new Map(),
      },
    );
    const report = exportReport(bigPlan, {
      since: '2026-11-22T00:00:00.000Z',
      days: many.map((c) => day({ comparison: c, networksAtBudget: 1 })),
    });
    expect(report.length).toBeLessThan(65_536);
    expect(report).toContain('…and 4850 more; the diff lists every file.');
  });
});

describe('readBoundedText', () => {
  it('stops reading a body at its bound (200 MB offered, about 32 MB read)', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled >= 200 * chunk.byteLength) return controller.close();
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    expect(await readBoundedText(body, 32 * 1024 * 1024)).toBeNull();
    expect(pulled).toBeLessThanOrEqual(34 * chunk.byteLength);
  });

  it('returns a body within the bound whole, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"name":"Škoda ✓"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(await readBoundedText(body, 1024)).toBe('{"name":"Škoda ✓"}');
  });
});

describe('readExportBody', () => {
  it.each([
    [{ tallies: [] }, true],
    [{ tallies: [], activity: { since: '2026-11-22T00:00:00.000Z', days: [day({})] } }, true],
    [{ tallies: [], activity: { since: 'yesterday', days: [] } }, false],
    [
      { tallies: [], activity: { since: '2026-11-22T00:00:00.000Z', days: [{ ...day({}), ballots: -1 }] } },
      false,
    ],
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
  const report = join(temp, 'report.md');
  const run = (from = database) =>
    spawnSync(
      process.execPath,
      ['scripts/votes-export.ts', '--from', from, '--out', join(content, 'votes'), '--report', report],
      {
        encoding: 'utf8',
      },
    );

  beforeAll(async () => {
    cpSync('tests/fixtures/minimal', content, { recursive: true });
    const store = openSqliteStore(database);
    const at = new Date().toISOString();
    for (const [voter, tool, call] of [
      ['voter-000000000000001', 'alpha-ai', 'ship'],
      ['voter-000000000000002', 'alpha-ai', 'skip'],
      ['voter-000000000000001', 'beta-bot', 'ship'],
    ] as const) {
      await store.cast({
        comparison: PAIR,
        tool,
        voter,
        call,
        at,
        network: 'network-0000000000000001',
        requestKey: null,
      });
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
    expect(readFileSync(report, 'utf8')).toContain(
      `| ${PAIR} | alpha-ai ship 2 → 1 (−1), skip 1 → 1 (±0); beta-bot ship 0 → 1 (+1), skip 0 → 0 (±0) | 3 | 2 | 1 |  |`,
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

  it('prints database text escaped, one line per message', async () => {
    const hostile = join(temp, 'hostile.sqlite');
    const store = openSqliteStore(hostile);
    await store.cast({
      comparison: '\u001b[31mred\n::error::forged-vs-x',
      tool: 'a',
      voter: 'voter-000000000000009',
      call: 'ship',
      at: new Date().toISOString(),
      network: 'network-0000000000000009',
      requestKey: null,
    });
    await store.close();
    const result = run(hostile);
    const printed = `${result.stdout}${result.stderr}`;
    expect(printed).not.toContain('\u001b');
    expect(printed).not.toMatch(/^::error/m);
    expect(printed).toContain(
      '\\u001B[31mred\\n::error::forged-vs-x.yaml: warning: has votes but no comparison file',
    );
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
