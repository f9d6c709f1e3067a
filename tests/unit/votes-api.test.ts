/**
 * The HTTP contract of the vote API (docs/votes.md), on the Hono app with an in-memory
 * embedded store: what a reader's browser sends, what comes back, and that every refused
 * request leaves the database untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createVoteApi } from '../../src/server/app.ts';
import { openSqliteStore } from '../../src/server/stores/sqlite.ts';
import { catalogFromJson } from '../../src/core/votes/catalog.ts';
import { deriveKey } from '../../src/core/votes/keys.ts';
import { MemoryRateLimiter } from '../../src/core/votes/rate-limit.ts';
import type { VoteStore } from '../../src/core/votes/store.ts';
import type { BotChallenge } from '../../src/server/challenge.ts';

const ORIGIN = 'http://votes.test';
const PAIR = 'alpha-ai-vs-beta-bot';
const catalog = catalogFromJson({ version: 1, comparisons: { [PAIR]: ['alpha-ai', 'beta-bot'] } });
const SAME_SITE = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };

let store: VoteStore;
let app: Hono;
let limited: Hono;
let challenged: Hono;
let exporting: Hono;

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  const keys = {
    cookie: await deriveKey('x'.repeat(32), 'voter-cookie'),
    rate: await deriveKey('x'.repeat(32), 'rate-limit'),
  };
  const base = {
    store,
    catalog: () => Promise.resolve(catalog),
    keys,
    limiter: null,
    challenge: null,
    exportToken: null,
    clientAddress: () => '203.0.113.9',
  };
  app = createVoteApi(base);
  limited = createVoteApi({ ...base, limiter: new MemoryRateLimiter({ limit: 2, windowSeconds: 3600 }) });
  const challenge: BotChallenge = { verify: async (token) => token === 'passed' };
  challenged = createVoteApi({ ...base, challenge });
  exporting = createVoteApi({ ...base, exportToken: 't'.repeat(32) });
});

afterAll(() => store.close());

function post(target: Hono, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    target.request(`${ORIGIN}/api/votes`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', host: 'votes.test', ...SAME_SITE, ...headers },
    }),
  );
}

const vote = (tool: string, call: string | null, comparison = PAIR): string =>
  JSON.stringify({ comparison, tool, call });

function cookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

async function tallies(cookie?: string): Promise<Record<string, unknown>> {
  const response = await app.request(`${ORIGIN}/api/votes/${PAIR}`, { headers: cookie ? { cookie } : {} });
  return (await response.json()) as Record<string, unknown>;
}

describe('POST /api/votes with JSON', () => {
  it('counts the call, sets a signed HttpOnly cookie and answers with both tools and yours', async () => {
    const response = await post(app, vote('alpha-ai', 'ship'));
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^sw_voter=[\w-]{22}\.[\w-]{43}; Path=\/api\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
    );
    expect(await response.json()).toEqual({
      comparison: PAIR,
      tools: { 'alpha-ai': { ship: 1, skip: 0, total: 1 }, 'beta-bot': { ship: 0, skip: 0, total: 0 } },
      yours: { 'alpha-ai': 'ship' },
    });
  });

  it('replaces and withdraws the same voter’s standing call, never counting it twice', async () => {
    const first = await post(app, vote('beta-bot', 'ship'));
    const cookie = cookieOf(first);
    const again = await post(app, vote('beta-bot', 'ship'), { cookie });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(((await again.json()) as { tools: Record<string, unknown> }).tools['beta-bot']).toEqual({
      ship: 1,
      skip: 0,
      total: 1,
    });
    const changed = (await (await post(app, vote('beta-bot', 'skip'), { cookie })).json()) as Record<
      string,
      unknown
    >;
    expect(changed['tools']).toMatchObject({ 'beta-bot': { ship: 0, skip: 1, total: 1 } });
    expect(changed['yours']).toEqual({ 'beta-bot': 'skip' });
    const withdrawn = (await (await post(app, vote('beta-bot', null), { cookie })).json()) as Record<
      string,
      unknown
    >;
    expect(withdrawn['tools']).toMatchObject({ 'beta-bot': { ship: 0, skip: 0, total: 0 } });
    expect(withdrawn['yours']).toEqual({});
  });

  it('treats a forged cookie as no cookie: a new voter is issued', async () => {
    const forged = 'sw_voter=AAAAAAAAAAAAAAAAAAAAAA.' + 'A'.repeat(43);
    const response = await post(app, vote('alpha-ai', 'skip'), { cookie: forged });
    expect(response.headers.get('set-cookie')).toMatch(/^sw_voter=/);
    expect(cookieOf(response)).not.toBe(forged);
  });
});

describe('POST /api/votes as a form (no JavaScript)', () => {
  it('answers 303 back to the comparison at #community and counts the call', async () => {
    const before = (await tallies()) as { tools: Record<string, { skip: number }> };
    const response = await post(app, `comparison=${PAIR}&tool=beta-bot&call=skip`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/compare/${PAIR}/#community`);
    const after = (await tallies()) as { tools: Record<string, { skip: number }> };
    expect(after.tools['beta-bot']?.skip).toBe((before.tools['beta-bot']?.skip ?? 0) + 1);
  });

  it('withdraws with call=withdraw', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const first = await post(app, `comparison=${PAIR}&tool=alpha-ai&call=ship`, form);
    const cookie = cookieOf(first);
    expect(((await tallies(cookie)) as { yours: unknown }).yours).toEqual({ 'alpha-ai': 'ship' });
    await post(app, `comparison=${PAIR}&tool=alpha-ai&call=withdraw`, { ...form, cookie });
    expect(((await tallies(cookie)) as { yours: unknown }).yours).toEqual({});
  });
});

describe('refused requests: 4xx JSON and nothing stored', () => {
  const FORM = 'application/x-www-form-urlencoded';
  it.each([
    ['a foreign Origin', vote('alpha-ai', 'ship'), { origin: 'https://evil.example' }, 403],
    ['a cross-site fetch', vote('alpha-ai', 'ship'), { 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site subdomain', vote('alpha-ai', 'ship'), { 'sec-fetch-site': 'same-site' }, 403],
    ['an opaque Origin', vote('alpha-ai', 'ship'), { origin: 'null' }, 403],
    ['an unknown comparison', vote('alpha-ai', 'ship', 'alpha-ai-vs-gamma'), {}, 404],
    ['a tool not in the pair', vote('gamma', 'ship'), {}, 404],
    ['a bad call', vote('alpha-ai', 'maybe'), {}, 400],
    ['a missing call', JSON.stringify({ comparison: PAIR, tool: 'alpha-ai' }), {}, 400],
    [
      'an extra field',
      JSON.stringify({ comparison: PAIR, tool: 'alpha-ai', call: 'ship', weight: 9 }),
      {},
      400,
    ],
    ['a slug that is not one', vote('Alpha AI', 'ship'), {}, 400],
    ['a very long slug', vote('a'.repeat(300), 'ship'), {}, 400],
    ['malformed JSON', '{"comparison":', {}, 400],
    ['a JSON array', '[]', {}, 400],
    ['JSON null', 'null', {}, 400],
    [
      'an oversized body',
      JSON.stringify({ comparison: PAIR, tool: 'alpha-ai', call: 'ship', pad: 'x'.repeat(5000) }),
      {},
      413,
    ],
    ['a plain-text body', vote('alpha-ai', 'ship'), { 'content-type': 'text/plain' }, 415],
    ['no content type', vote('alpha-ai', 'ship'), { 'content-type': '' }, 415],
    [
      'a form with a repeated field',
      `comparison=${PAIR}&tool=alpha-ai&call=ship&call=skip`,
      { 'content-type': FORM },
      400,
    ],
    [
      'a form with an unknown field',
      `comparison=${PAIR}&tool=alpha-ai&call=ship&x=1`,
      { 'content-type': FORM },
      400,
    ],
    ['a form with an empty call', `comparison=${PAIR}&tool=alpha-ai&call=`, { 'content-type': FORM }, 400],
  ])('%s', async (_name, body, headers, status) => {
    const before = await store.allTallies();
    const response = await post(app, body, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('set-cookie')).toBeNull();
    const payload = (await response.json()) as { error: unknown };
    expect(payload.error).toEqual(expect.stringMatching(/^[A-Z"].+[.]$/));
    expect(await store.allTallies()).toEqual(before);
  });

  it('accepts a request with neither Origin nor Sec-Fetch-Site (not a browser page, so no riding cookie)', async () => {
    const response = await app.request(`${ORIGIN}/api/votes`, {
      method: 'POST',
      body: vote('alpha-ai', 'ship'),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
  });

  it.each([
    ['GET', '/api/votes', 405],
    ['DELETE', `/api/votes/${PAIR}`, 405],
    ['GET', '/api/votes/no-such-vs-pair', 404],
    ['GET', '/api/votes/..%2F..%2Fetc', 404],
    ['GET', '/api/elsewhere', 404],
    ['GET', '/api/export', 404],
  ])('%s %s -> %i with a JSON error', async (method, path, status) => {
    const response = await app.request(`${ORIGIN}${path}`, { method });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toBeTruthy();
  });
});

describe('GET /api/votes/<comparison>', () => {
  it('is publicly cacheable for a short time without a cookie, and has no yours', async () => {
    const response = await app.request(`${ORIGIN}/api/votes/${PAIR}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=10');
    expect(response.headers.get('vary')).toBe('Cookie');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['comparison', 'tools']);
  });

  it('with the voter cookie is private and names the reader’s calls', async () => {
    const cookie = cookieOf(await post(app, vote('alpha-ai', 'skip')));
    const response = await app.request(`${ORIGIN}/api/votes/${PAIR}`, { headers: { cookie } });
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(((await response.json()) as { yours: unknown }).yours).toEqual({ 'alpha-ai': 'skip' });
  });
});

describe('abuse limits', () => {
  it('refuses a network past its rate limit with 429 and Retry-After, storing nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(limited, vote('alpha-ai', 'ship'))).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await post(limited, vote('beta-bot', 'ship'));
    expect(refused.headers.get('retry-after')).toBe('60');
  });

  it.each([
    ['no token', {}, 403],
    ['a failed token', { 'cf-turnstile-response': 'failed' }, 403],
    ['a passed token', { 'cf-turnstile-response': 'passed' }, 200],
  ])('with a bot challenge configured, a vote with %s -> %i', async (_name, headers, status) => {
    expect((await post(challenged, vote('alpha-ai', 'ship'), headers)).status).toBe(status);
  });

  it('a form carries the challenge token as its own field', async () => {
    const response = await post(
      challenged,
      `comparison=${PAIR}&tool=alpha-ai&call=ship&cf-turnstile-response=passed`,
      {
        'content-type': 'application/x-www-form-urlencoded',
      },
    );
    expect(response.status).toBe(303);
  });
});

describe('GET /api/export', () => {
  it.each([
    ['no token', {}, 401],
    ['a wrong token', { authorization: `Bearer ${'u'.repeat(32)}` }, 401],
    ['the token', { authorization: `Bearer ${'t'.repeat(32)}` }, 200],
  ])('with %s -> %i', async (_name, headers, status) => {
    const response = await exporting.request(`${ORIGIN}/api/export`, { headers });
    expect(response.status).toBe(status);
    if (status === 200) {
      const body = (await response.json()) as { tallies: { comparison: string }[] };
      expect(body.tallies.length).toBeGreaterThan(0);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
