/** The vote rules in src/core/votes: what a valid vote is, tallies, settings and SQL splitting. */
import { describe, expect, it } from 'vitest';
import { MAX_COMPARISON_SLUG_CHARS } from '../../src/core/limits.ts';
import { checkVotable, parseVoteForm, parseVoteJson } from '../../src/core/votes/ballot.ts';
import { catalogFromJson } from '../../src/core/votes/catalog.ts';
import { splitStatements, pendingMigrations } from '../../src/core/votes/migrations.ts';
import { crossSiteReason } from '../../src/core/votes/same-origin.ts';
import { readVoteSettings } from '../../src/core/votes/settings.ts';
import { talliesBody } from '../../src/core/votes/tallies.ts';
import { readMigrations } from '../../src/server/migrations-folder.ts';

const catalog = catalogFromJson({ version: 1, comparisons: { 'a-vs-b': ['a', 'b'] } });

describe('parseVoteJson', () => {
  it.each([
    [{ comparison: 'a-vs-b', tool: 'a', call: 'ship' }, null],
    [{ comparison: 'a-vs-b', tool: 'a', call: 'skip' }, null],
    [{ comparison: 'a-vs-b', tool: 'a', call: null }, null],
    [{ comparison: 'a-vs-b', tool: 'a' }, '"call" is missing.'],
    [{ comparison: 'a-vs-b', tool: 'a', call: 'Ship' }, '"call" must be "ship", "skip" or null.'],
    [{ comparison: 'a-vs-b', tool: 'a', call: true }, '"call" must be "ship", "skip" or null.'],
    [
      { comparison: 'A-vs-B', tool: 'a', call: 'ship' },
      '"comparison" must be a slug: lowercase letters and digits joined by single hyphens.',
    ],
    [
      { comparison: 'a-vs-b', tool: 7, call: 'ship' },
      '"tool" must be a slug: lowercase letters and digits joined by single hyphens.',
    ],
    [
      { comparison: 'a'.repeat(MAX_COMPARISON_SLUG_CHARS + 1), tool: 'a', call: 'ship' },
      '"comparison" is too long.',
    ],
    [
      { comparison: 'a-vs-b', tool: 'a', call: 'ship', voter: 'x' },
      'Unknown field "voter": send only comparison, tool and call.',
    ],
    [[], 'The body must be a JSON object with comparison, tool and call.'],
    ['ship', 'The body must be a JSON object with comparison, tool and call.'],
  ])('%j -> %s', (input, error) => {
    const result = parseVoteJson(input);
    expect(result.ok ? null : result.error).toBe(error);
  });
});

describe('parseVoteForm', () => {
  it.each([
    ['comparison=a-vs-b&tool=a&call=ship', { comparison: 'a-vs-b', tool: 'a', call: 'ship' }],
    ['comparison=a-vs-b&tool=a&call=withdraw', { comparison: 'a-vs-b', tool: 'a', call: null }],
    [
      'comparison=a-vs-b&tool=a&call=ship&cf-turnstile-response=t',
      { comparison: 'a-vs-b', tool: 'a', call: 'ship' },
    ],
    ['comparison=a-vs-b&tool=a&call=', '"call" must be "ship", "skip" or null.'],
    ['comparison=a-vs-b&tool=a&tool=b&call=ship', 'The form field "tool" was sent more than once.'],
    [
      'comparison=a-vs-b&tool=a&call=ship&__proto__=1',
      'Unknown form field "__proto__": send comparison, tool and call.',
    ],
    ['', '"comparison" is missing.'],
  ])('%s', (body, expected) => {
    const result = parseVoteForm(new URLSearchParams(body));
    expect(result.ok ? result.value : result.error).toEqual(expected);
  });
});

describe('checkVotable', () => {
  it.each([
    ['a-vs-b', 'b', null],
    ['b-vs-a', 'a', 'There is no comparison "b-vs-a" to vote on.'],
    ['a-vs-b', 'c', '"c" is not in a-vs-b: vote on a or b.'],
  ])('%s / %s', (comparison, tool, error) => {
    const result = checkVotable({ comparison, tool, call: 'ship' }, catalog);
    expect(result.ok ? null : result.error).toBe(error);
    if (result.ok) expect(result.value.tools).toEqual(['a', 'b']);
  });

  it('refuses a catalog file the build did not write', () => {
    expect(() => catalogFromJson({ version: 2, comparisons: {} })).toThrow(/not a vote catalog at version/);
    expect(() => catalogFromJson({ version: 1, comparisons: { 'a-vs-b': ['a'] } })).toThrow(
      /rebuild the site/,
    );
  });
});

describe('talliesBody', () => {
  it('lists both tools in page order with zeros, and yours only for a known voter', () => {
    const state = { tallies: [{ comparison: 'a-vs-b', tool: 'b', ship: 2, skip: 1 }], yours: null };
    expect(talliesBody('a-vs-b', ['a', 'b'], state)).toEqual({
      comparison: 'a-vs-b',
      tools: { a: { ship: 0, skip: 0, total: 0 }, b: { ship: 2, skip: 1, total: 3 } },
    });
    const mine = talliesBody('a-vs-b', ['a', 'b'], {
      ...state,
      yours: [
        { tool: 'b', call: 'skip' },
        { tool: 'z', call: 'ship' },
      ],
    });
    expect(mine.yours).toEqual({ b: 'skip' });
  });
});

describe('crossSiteReason', () => {
  it.each([
    [{ origin: 'http://site.test', secFetchSite: 'same-origin', host: 'site.test' }, false],
    [{ origin: 'https://site.test', secFetchSite: null, host: 'site.test' }, false],
    [{ origin: null, secFetchSite: null, host: 'site.test' }, false],
    [{ origin: null, secFetchSite: 'same-origin', host: 'site.test' }, false],
    [{ origin: 'https://evil.test', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: 'https://site.test:8443', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: 'null', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: null, secFetchSite: 'cross-site', host: 'site.test' }, true],
    [{ origin: null, secFetchSite: 'none', host: 'site.test' }, true],
    [{ origin: 'http://site.test', secFetchSite: 'same-site', host: 'site.test' }, true],
  ])('%j refused: %s', (source, refused) => {
    expect(crossSiteReason(source) !== null).toBe(refused);
  });
});

describe('readVoteSettings', () => {
  it('has safe defaults', () => {
    expect(readVoteSettings({})).toEqual({
      ok: true,
      settings: {
        enabled: true,
        secret: null,
        rateLimit: { limit: 60, windowSeconds: 60 },
        exportToken: null,
        turnstileSecret: null,
      },
    });
  });

  it.each([
    [{ VOTES: 'off' }, 'enabled', false],
    [{ VOTES: 'ON' }, 'enabled', true],
    [{ VOTES_RATE_LIMIT: 'off' }, 'rateLimit', null],
    [{ VOTES_RATE_LIMIT: '10/1' }, 'rateLimit', { limit: 10, windowSeconds: 1 }],
    [{ VOTES_SECRET: 's'.repeat(40) }, 'secret', 's'.repeat(40)],
  ])('%j sets %s', (env, key, value) => {
    const result = readVoteSettings(env);
    expect(result.ok && result.settings[key as keyof typeof result.settings]).toEqual(value);
  });

  it('names every bad value at once, with its fix', () => {
    const result = readVoteSettings({
      VOTES: 'maybe',
      VOTES_SECRET: 'short',
      VOTES_RATE_LIMIT: '10 per minute',
      VOTES_EXPORT_TOKEN: 'has spaces in it but is long enough to pass',
      TURNSTILE_SECRET_KEY: 'bad key',
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'VOTES must be "on" or "off", got "maybe".',
      'VOTES_SECRET must be 32 to 512 printable characters without spaces (e.g. the output of `openssl rand -base64 48`).',
      'VOTES_EXPORT_TOKEN must be 32 to 512 printable characters without spaces (e.g. the output of `openssl rand -base64 48`).',
      'TURNSTILE_SECRET_KEY must be printable characters without spaces, as the provider issued it.',
      'VOTES_RATE_LIMIT must be <votes>/<seconds> (e.g. 60/60) or "off", got "10 per minute".',
    ]);
  });

  it('never echoes a secret it refuses', () => {
    const result = readVoteSettings({ VOTES_SECRET: 'hunter2' });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('migrations', () => {
  it.each([
    ['CREATE TABLE a (x);\nCREATE TABLE b (y);', ['CREATE TABLE a (x)', 'CREATE TABLE b (y)']],
    ["INSERT INTO a VALUES ('x;y'); -- c;\nSELECT 1", ["INSERT INTO a VALUES ('x;y')", 'SELECT 1']],
    [
      'CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = CASE WHEN 1 THEN 2 END; DELETE FROM c; END;\nSELECT 2;',
      [
        'CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = CASE WHEN 1 THEN 2 END; DELETE FROM c; END',
        'SELECT 2',
      ],
    ],
  ])('splitStatements(%j)', (sql, statements) => {
    expect(splitStatements(sql)).toEqual(statements);
  });

  it('splits the real migrations into whole statements, triggers included', () => {
    const [first] = readMigrations();
    const statements = splitStatements(first?.sql ?? '');
    expect(statements.filter((s) => s.startsWith('CREATE TRIGGER'))).toHaveLength(4);
    expect(statements.every((s) => !s.startsWith('--'))).toBe(true);
  });

  it('runs pending files in name order', () => {
    const files = [
      { name: '0002_b.sql', sql: '' },
      { name: '0001_a.sql', sql: '' },
      { name: '0003_c.sql', sql: '' },
    ];
    expect(pendingMigrations(files, new Set(['0001_a.sql'])).map((m) => m.name)).toEqual([
      '0002_b.sql',
      '0003_c.sql',
    ]);
  });
});
