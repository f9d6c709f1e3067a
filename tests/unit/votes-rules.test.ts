/** The vote rules in src/core/votes: what a valid vote is, tallies, origins, settings, secrets and SQL. */
import { describe, expect, it } from 'vitest';
import { checkVotable, parseRequestKey, parseVoteForm, parseVoteJson } from '../../src/core/votes/ballot.ts';
import { NETWORK_DAILY_BUDGET, secondsUntilNextDay } from '../../src/core/votes/budget.ts';
import { catalogFromJson } from '../../src/core/votes/catalog.ts';
import { splitStatements, pendingMigrations } from '../../src/core/votes/migrations.ts';
import { crossSiteReason } from '../../src/core/votes/same-origin.ts';
import { weakSecretReason } from '../../src/core/votes/secret-strength.ts';
import { readVoteSettings, type VoteSettings } from '../../src/core/votes/settings.ts';
import { migrationPlan } from '../../src/core/votes/sql.ts';
import { talliesBody } from '../../src/core/votes/tallies.ts';
import { readMigrations } from '../../src/server/migrations-folder.ts';

const catalog = catalogFromJson({
  version: 2,
  origin: 'https://site.test',
  comparisons: { 'a-vs-b': ['a', 'b'], 'a-vs-c': ['a', 'c'] },
  closed: ['c'],
});

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
    [{ comparison: 'a'.repeat(201), tool: 'a', call: 'ship' }, '"comparison" is too long.'],
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
    [
      'comparison=a-vs-b&tool=a&call=ship&idempotency-key=0f0e8a3c-2b1d-4c6e-9a7f-123456789abc',
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
    ['a-vs-c', 'a', null],
    ['a-vs-c', 'c', 'Voting on "c" is closed: the tool is discontinued, and its counts stand as they are.'],
  ])('%s / %s', (comparison, tool, error) => {
    const result = checkVotable({ comparison, tool, call: 'ship' }, catalog);
    expect(result.ok ? null : result.error).toBe(error);
    if (result.ok) expect(result.value.tools).toEqual(['a', comparison === 'a-vs-b' ? 'b' : 'c']);
  });

  it.each([
    [{ version: 1, comparisons: {} }, /not a vote catalog at version/],
    [
      { version: 2, origin: 'https://site.test', comparisons: { 'a-vs-b': ['a'] }, closed: [] },
      /rebuild the site/,
    ],
    [
      { version: 2, origin: 'https://site.test/path', comparisons: {}, closed: [] },
      /at origin: not an http\(s\) origin/,
    ],
    [{ version: 2, origin: 'javascript:alert(1)', comparisons: {}, closed: [] }, /at origin/],
    [{ version: 2, origin: 'https://site.test', comparisons: {}, closed: ['Not A Slug'] }, /at closed\.0/],
  ])('refuses a catalog file the build did not write: %j', (value, message) => {
    expect(() => catalogFromJson(value)).toThrow(message);
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
  const SITE = ['https://site.test'];
  it.each([
    [{ origin: 'https://site.test', secFetchSite: 'same-origin', host: 'site.test' }, false],
    [{ origin: 'https://site.test', secFetchSite: null, host: 'site.test' }, false],
    [{ origin: 'https://SITE.test', secFetchSite: null, host: 'site.test' }, false],
    [{ origin: 'https://site.test', secFetchSite: null, host: '127.0.0.1:4321' }, false],
    [{ origin: null, secFetchSite: null, host: 'site.test' }, false],
    [{ origin: null, secFetchSite: 'same-origin', host: 'site.test' }, false],
    [{ origin: 'http://localhost:4321', secFetchSite: 'same-origin', host: 'localhost:4321' }, false],
    [{ origin: 'http://[::1]:4321', secFetchSite: null, host: '[::1]:4321' }, false],
    [{ origin: 'http://127.0.0.1:4321', secFetchSite: null, host: '127.0.0.1:4321' }, false],
    [{ origin: 'https://evil.test', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: 'https://evil.test', secFetchSite: 'same-origin', host: 'evil.test' }, true],
    [{ origin: 'http://evil.test:4321', secFetchSite: null, host: 'evil.test:4321' }, true],
    [{ origin: 'http://127.0.0.1:4321', secFetchSite: null, host: '127.0.0.1:80' }, true],
    [{ origin: 'http://site.test', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: 'https://site.test:8443', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: 'null', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: 'file:///tmp/x.html', secFetchSite: null, host: 'site.test' }, true],
    [{ origin: null, secFetchSite: 'cross-site', host: 'site.test' }, true],
    [{ origin: null, secFetchSite: 'none', host: 'site.test' }, true],
    [{ origin: 'https://site.test', secFetchSite: 'same-site', host: 'site.test' }, true],
  ])('%j refused: %s', (source, refused) => {
    expect(crossSiteReason(source, SITE) !== null).toBe(refused);
  });
});

describe('readVoteSettings', () => {
  it('has safe defaults', () => {
    expect(readVoteSettings({})).toEqual({
      ok: true,
      settings: {
        enabled: true,
        secret: null,
        previousSecret: null,
        origins: null,
        rateLimit: { limit: 60, windowSeconds: 60 },
        exportToken: null,
        turnstileSecret: null,
      },
    });
  });

  const SECRET = 'Zr8kV2pQ9xL4mN7bW3cT6yH1sD5fG0jA';
  it.each([
    [{ VOTES: 'off' }, 'enabled', false],
    [{ VOTES: 'ON' }, 'enabled', true],
    [{ VOTES_RATE_LIMIT: 'off' }, 'rateLimit', null],
    [{ VOTES_RATE_LIMIT: '10/1' }, 'rateLimit', { limit: 10, windowSeconds: 1 }],
    [{ VOTES_SECRET: 's'.repeat(40) }, 'secret', 's'.repeat(40)],
    [{ VOTES_SECRET: SECRET, VOTES_SECRET_PREVIOUS: 'p'.repeat(40) }, 'previousSecret', 'p'.repeat(40)],
    [
      { VOTES_ORIGINS: 'https://Example.org, https://www.example.org/' },
      'origins',
      ['https://example.org', 'https://www.example.org'],
    ],
  ] as const)('%j sets %s', (env, key, value) => {
    const result = readVoteSettings(env);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok ? result.settings[key as keyof VoteSettings] : undefined).toEqual(value);
  });

  it('names every bad value at once, with its fix', () => {
    const result = readVoteSettings({
      VOTES: 'maybe',
      VOTES_SECRET: 'short',
      VOTES_RATE_LIMIT: '10 per minute',
      VOTES_EXPORT_TOKEN: 'has spaces in it but is long enough to pass',
      TURNSTILE_SECRET_KEY: 'bad key',
      VOTES_ORIGINS: 'https://example.org/votes',
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'VOTES must be "on" or "off", got "maybe".',
      'VOTES_SECRET must be 32 to 512 printable characters without spaces (e.g. the output of `openssl rand -base64 48`).',
      'VOTES_ORIGINS must list origins like https://example.org, separated by commas, got "https://example.org/votes".',
      'VOTES_EXPORT_TOKEN must be 32 to 512 printable characters without spaces (e.g. the output of `openssl rand -base64 48`).',
      'TURNSTILE_SECRET_KEY must be printable characters without spaces, as the provider issued it.',
      'VOTES_RATE_LIMIT must be <votes>/<seconds> (e.g. 60/60) or "off", got "10 per minute".',
    ]);
  });

  it.each([
    [{ VOTES_SECRET_PREVIOUS: SECRET }, 'VOTES_SECRET_PREVIOUS is set without VOTES_SECRET'],
    [{ VOTES_SECRET: SECRET, VOTES_SECRET_PREVIOUS: SECRET }, 'VOTES_SECRET_PREVIOUS equals VOTES_SECRET'],
  ])('refuses a rotation that cannot work: %j', (env, message) => {
    const result = readVoteSettings(env);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['VOTES_SECRET', 'a'.repeat(32)],
    ['VOTES_SECRET', 'abcdefghijklmnopqrstuvwxyzabcdefgh'],
    ['VOTES_SECRET', 'password1password1password1password1'],
    ['VOTES_EXPORT_TOKEN', 'aaaabbbbaaaabbbbaaaabbbbaaaabbbb'],
  ])('production refuses a predictable %s (%s); elsewhere it is accepted', (name, secret) => {
    const production = readVoteSettings({ [name]: secret }, { production: true });
    expect(production.ok ? [] : production.errors).toEqual([
      expect.stringMatching(new RegExp(`^${name} is too predictable for production: .+; generate one`)),
    ]);
    expect(readVoteSettings({ [name]: secret }, { production: false }).ok).toBe(true);
    expect(readVoteSettings({ [name]: secret, NODE_ENV: 'production' }).ok).toBe(false);
  });

  it('production accepts a generated secret', () => {
    const generated = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(48))));
    expect(readVoteSettings({ VOTES_SECRET: generated }, { production: true }).ok).toBe(true);
  });

  it('never echoes a secret it refuses', () => {
    const result = readVoteSettings({ VOTES_SECRET: 'hunter2' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
    const weak = readVoteSettings({ VOTES_SECRET: 'hunter2'.repeat(6) }, { production: true });
    expect(weak.ok).toBe(false);
    expect(JSON.stringify(weak)).not.toContain('hunter2');
  });
});

describe('weakSecretReason', () => {
  it('passes 1,000 secrets made of 16 random bytes written as hex (the shortest a generator gives)', () => {
    for (let i = 0; i < 1000; i++) {
      const hex = [...crypto.getRandomValues(new Uint8Array(16))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      expect(weakSecretReason(hex)).toBeNull();
    }
  });

  it.each([
    ['a'.repeat(64), /repeats/],
    ['0123456789abcdef0123456789abcdef', /repeats/],
    ['zyxwvutsrqponmlkjihgfedcba987654', /neighbouring/],
    ['aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbaa', /bits of randomness/],
  ])('refuses %s', (secret, reason) => {
    expect(weakSecretReason(secret)).toMatch(reason);
  });
});

describe('parseRequestKey', () => {
  it.each([
    [null, { ok: true, value: null }],
    ['0f0e8a3c-2b1d-4c6e-9a7f-123456789abc', { ok: true, value: '0f0e8a3c-2b1d-4c6e-9a7f-123456789abc' }],
    ['short', { ok: false, error: '"idempotency-key" must be 16 to 64 letters, digits, - or _.' }],
    ['x'.repeat(65), { ok: false, error: '"idempotency-key" must be 16 to 64 letters, digits, - or _.' }],
    [
      'key with spaces in it!',
      { ok: false, error: '"idempotency-key" must be 16 to 64 letters, digits, - or _.' },
    ],
  ])('%j', (value, expected) => {
    expect(parseRequestKey(value)).toEqual(expected);
  });
});

describe('the daily budget', () => {
  it('is the ceiling the database holds', () => {
    const sql = readMigrations()
      .map((m) => m.sql)
      .join('\n');
    expect(sql).toMatch(
      new RegExp(`CONSTRAINT daily_network_budget CHECK \\(spent BETWEEN 1 AND ${NETWORK_DAILY_BUDGET}\\)`),
    );
  });

  it.each([
    ['2026-11-23T00:00:00.000Z', 86_400],
    ['2026-11-23T18:00:00.000Z', 21_600],
    ['2026-11-23T23:59:59.500Z', 1],
  ])('at %s is whole again in %i s', (at, seconds) => {
    expect(secondsUntilNextDay(Date.parse(at))).toBe(seconds);
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

  it('plans each pending file as its statements, then its bookkeeping row', () => {
    const plan = migrationPlan(readMigrations(), [{ name: '0001_votes.sql' }]);
    expect(plan.map((step) => step.name)).toEqual(['0002_ballots.sql']);
    expect(plan[0]?.statements.at(-1)).toEqual({
      sql: 'INSERT INTO d1_migrations (name) VALUES (?)',
      params: ['0002_ballots.sql'],
    });
    expect(() => migrationPlan(readMigrations(), [{ name: 7 }])).toThrow(/no text/);
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
