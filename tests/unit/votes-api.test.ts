/**
 * The HTTP contract of the vote API (docs/votes.md), on the Hono app with an in-memory
 * embedded store: what a reader's browser sends, what comes back, where a plain form lands,
 * the order in which a vote is judged, and that every refused request leaves the database untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createVoteApi, type VoteApiOptions } from '../../src/server/app.ts';
import { VOTE_POST_STEPS } from '../../src/server/vote-post.ts';
import { openSqliteStore } from '../../src/server/stores/sqlite.ts';
import { NETWORK_DAILY_BUDGET } from '../../src/core/votes/budget.ts';
import { catalogFromJson } from '../../src/core/votes/catalog.ts';
import { deriveVoteKeys, type VoteKeys } from '../../src/core/votes/keys.ts';
import { MemoryRateLimiter } from '../../src/core/votes/rate-limit.ts';
import type { VoteStore } from '../../src/core/votes/store.ts';
import type { BotChallenge } from '../../src/server/challenge.ts';

const ORIGIN = 'https://votes.example';
const PAIR = 'alpha-ai-vs-beta-bot';
const CLOSED_PAIR = 'alpha-ai-vs-gone-tool';
const catalog = catalogFromJson({
  version: 2,
  origin: ORIGIN,
  comparisons: { [PAIR]: ['alpha-ai', 'beta-bot'], [CLOSED_PAIR]: ['alpha-ai', 'gone-tool'] },
  closed: ['gone-tool'],
});
const SAME_SITE = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const NOW = Date.parse('2026-11-23T18:00:00.000Z');

let store: VoteStore;
let keys: VoteKeys;
let base: VoteApiOptions;
let app: Hono;

// Each case votes from its own address (this header stands in for the socket), so budgets never mix.
let nextAddress = 0;
const address = (): string => `198.51.100.${++nextAddress}`;

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  keys = await deriveVoteKeys('x'.repeat(32), null);
  base = {
    store,
    catalog: () => Promise.resolve(catalog),
    keys,
    limiter: null,
    challenge: null,
    exportToken: null,
    clientAddress: (c) => c.req.header('x-test-address') ?? '203.0.113.9',
    now: () => NOW,
  };
  app = createVoteApi(base);
});

afterAll(() => store.close());

function post(target: Hono, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    target.request(`${ORIGIN}/api/votes`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', host: 'votes.example', ...SAME_SITE, ...headers },
    }),
  );
}

const vote = (tool: string, call: string | null, comparison = PAIR): string =>
  JSON.stringify({ comparison, tool, call });

function cookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

interface Tallies {
  tools: Record<string, { ship: number; skip: number; total: number }>;
  yours?: Record<string, string>;
}

async function tallies(cookie?: string, target: Hono = app, comparison = PAIR): Promise<Tallies> {
  const response = await target.request(`${ORIGIN}/api/votes/${comparison}`, {
    headers: cookie ? { cookie } : {},
  });
  return (await response.json()) as Tallies;
}

describe('POST /api/votes with JSON', () => {
  it('counts the call, sets a signed HttpOnly cookie and answers with both tools and yours', async () => {
    const before = await tallies();
    const response = await post(app, vote('alpha-ai', 'ship'), { 'x-test-address': address() });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie') ?? '').toMatch(
      /^sw_voter=[\w-]{22}\.[\w-]{43}; Path=\/api\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/,
    );
    const body = (await response.json()) as Tallies;
    expect(body.tools['alpha-ai']?.ship).toBe((before.tools['alpha-ai']?.ship ?? 0) + 1);
    expect(Object.keys(body.tools)).toEqual(['alpha-ai', 'beta-bot']);
    expect(body.yours).toEqual({ 'alpha-ai': 'ship' });
  });

  it('replaces and withdraws the same voter’s standing call, never counting it twice', async () => {
    const from = { 'x-test-address': address() };
    const start = (await tallies()).tools['beta-bot'] ?? { ship: 0, skip: 0, total: 0 };
    const first = await post(app, vote('beta-bot', 'ship'), from);
    const cookie = cookieOf(first);
    const again = await post(app, vote('beta-bot', 'ship'), { ...from, cookie });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(((await again.json()) as Tallies).tools['beta-bot']).toEqual({
      ship: start.ship + 1,
      skip: start.skip,
      total: start.total + 1,
    });
    const changed = (await (
      await post(app, vote('beta-bot', 'skip'), { ...from, cookie })
    ).json()) as Tallies;
    expect(changed.tools['beta-bot']).toEqual({
      ship: start.ship,
      skip: start.skip + 1,
      total: start.total + 1,
    });
    expect(changed.yours).toEqual({ 'beta-bot': 'skip' });
    const withdrawn = (await (
      await post(app, vote('beta-bot', null), { ...from, cookie })
    ).json()) as Tallies;
    expect(withdrawn.tools['beta-bot']).toEqual(start);
    expect(withdrawn.yours).toEqual({});
  });

  it('treats a forged cookie as no cookie: a new voter is issued', async () => {
    const forged = 'sw_voter=AAAAAAAAAAAAAAAAAAAAAA.' + 'A'.repeat(43);
    const response = await post(app, vote('alpha-ai', 'skip'), {
      cookie: forged,
      'x-test-address': address(),
    });
    expect(response.headers.get('set-cookie')).toMatch(/^sw_voter=/);
    expect(cookieOf(response)).not.toBe(forged);
  });
});

describe('POST /api/votes as a form (no JavaScript) lands on the page’s note', () => {
  it.each([
    ['a counted call', 'beta-bot', 'skip', `/compare/${PAIR}/#voted-beta-bot-skip`],
    ['a counted ship', 'alpha-ai', 'ship', `/compare/${PAIR}/#voted-alpha-ai-ship`],
    ['a withdrawal', 'alpha-ai', 'withdraw', `/compare/${PAIR}/#voted-alpha-ai-withdrawn`],
  ])('%s -> 303 to the voted note', async (_name, tool, call, location) => {
    const response = await post(app, `comparison=${PAIR}&tool=${tool}&call=${call}`, {
      ...FORM,
      'x-test-address': address(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(location);
  });

  it('counts the call and withdraws it with call=withdraw', async () => {
    const from = { ...FORM, 'x-test-address': address() };
    const before = (await tallies()).tools['alpha-ai']?.ship ?? 0;
    const cookie = cookieOf(await post(app, `comparison=${PAIR}&tool=alpha-ai&call=ship`, from));
    expect((await tallies(cookie)).yours).toEqual({ 'alpha-ai': 'ship' });
    expect((await tallies()).tools['alpha-ai']?.ship).toBe(before + 1);
    await post(app, `comparison=${PAIR}&tool=alpha-ai&call=withdraw`, { ...from, cookie });
    expect((await tallies(cookie)).yours).toEqual({});
    expect((await tallies()).tools['alpha-ai']?.ship).toBe(before);
  });

  it.each([
    [
      'from another site',
      `comparison=${PAIR}&tool=alpha-ai&call=ship`,
      { origin: 'https://evil.example' },
      '/votes/refused/#vote-refused-cross-site',
    ],
    [
      'naming a tool not in the pair',
      `comparison=${PAIR}&tool=gamma&call=ship`,
      {},
      `/api/refused?comparison=${PAIR}#vote-refused-invalid`,
    ],
    [
      'with a bad call',
      `comparison=${PAIR}&tool=alpha-ai&call=maybe`,
      {},
      `/api/refused?comparison=${PAIR}#vote-refused-invalid`,
    ],
    [
      'naming no published comparison',
      'comparison=nope-vs-none&tool=alpha-ai&call=ship',
      {},
      '/votes/refused/#vote-refused-invalid',
    ],
    [
      'on a discontinued tool',
      `comparison=${CLOSED_PAIR}&tool=gone-tool&call=ship`,
      {},
      `/api/refused?comparison=${CLOSED_PAIR}#vote-refused-closed`,
    ],
  ])('refused %s -> 303 to the refusal note, nothing stored', async (_name, body, headers, location) => {
    const before = await store.allTallies();
    const response = await post(app, body, { ...FORM, 'x-test-address': address(), ...headers });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(location);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await store.allTallies()).toEqual(before);
  });
});

describe('the refusal page a refused form vote lands on', () => {
  const BUILT =
    '<main><h1>Your vote was not counted</h1><p><a href="/">Back to the comparisons</a> · <a href="/compare/">Compare any two tools</a></p></main>';
  const answering = (page: string | null) => createVoteApi({ ...base, refusalPage: async () => page });
  const get = (target: Hono, query: string) =>
    Promise.resolve(target.request(`${ORIGIN}/api/refused${query}`));

  it('is the built page linking back to the published comparison the form named', async () => {
    const response = await get(answering(BUILT), `?comparison=${PAIR}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(
      `<main><h1>Your vote was not counted</h1><p><a href="/compare/${PAIR}/">Back to the comparison</a> · <a href="/compare/">Compare any two tools</a></p></main>`,
    );
  });

  it.each([
    ['names no comparison', '', BUILT],
    ['names a comparison the site does not publish', '?comparison=nope-vs-none', BUILT],
    [
      'names something that is not a slug',
      `?comparison=${encodeURIComponent('"><script>x</script>')}`,
      BUILT,
    ],
    ['cannot read the built page', `?comparison=${PAIR}`, null],
    ['reads a page without its link home', `?comparison=${PAIR}`, '<main>changed</main>'],
  ])('sends the reader to the page as built when the request %s', async (_name, query, page) => {
    const response = await get(answering(page), query);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/votes/refused/');
  });

  it('sends the reader to the page as built on a server that cannot read pages', async () => {
    const response = await get(app, `?comparison=${PAIR}`);
    expect(response.headers.get('location')).toBe('/votes/refused/');
  });
});

describe('refused JSON requests: 4xx JSON and nothing stored', () => {
  it.each([
    ['a foreign Origin', vote('alpha-ai', 'ship'), { origin: 'https://evil.example' }, 403],
    ['a cross-site fetch', vote('alpha-ai', 'ship'), { 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site subdomain', vote('alpha-ai', 'ship'), { 'sec-fetch-site': 'same-site' }, 403],
    ['an opaque Origin', vote('alpha-ai', 'ship'), { origin: 'null' }, 403],
    [
      'a rebinding page (Host and Origin both the attacker’s name)',
      vote('alpha-ai', 'ship'),
      { origin: 'http://rebind.evil.example:4321', host: 'rebind.evil.example:4321' },
      403,
    ],
    [
      'the site’s name over another scheme',
      vote('alpha-ai', 'ship'),
      { origin: 'http://votes.example' },
      403,
    ],
    ['an unknown comparison', vote('alpha-ai', 'ship', 'alpha-ai-vs-gamma'), {}, 404],
    ['a tool not in the pair', vote('gamma', 'ship'), {}, 404],
    ['a discontinued tool', vote('gone-tool', 'ship', CLOSED_PAIR), {}, 403],
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
    ['a malformed retry key', vote('alpha-ai', 'ship'), { 'idempotency-key': 'short' }, 400],
    [
      'an oversized body',
      JSON.stringify({ comparison: PAIR, tool: 'alpha-ai', call: 'ship', pad: 'x'.repeat(5000) }),
      {},
      413,
    ],
    ['a plain-text body', vote('alpha-ai', 'ship'), { 'content-type': 'text/plain' }, 415],
    ['no content type', vote('alpha-ai', 'ship'), { 'content-type': '' }, 415],
  ])('%s', async (_name, body, headers, status) => {
    const before = await store.allTallies();
    const response = await post(app, body, { 'x-test-address': address(), ...headers });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('set-cookie')).toBeNull();
    const payload = (await response.json()) as { error: unknown };
    expect(payload.error).toEqual(expect.stringMatching(/^[A-Z"].+[.)]$/));
    expect(payload.error).not.toMatch(/[\n\r]/);
    expect(await store.allTallies()).toEqual(before);
  });

  it('accepts a request with neither Origin nor Sec-Fetch-Site (not a browser page, so no riding cookie)', async () => {
    const response = await app.request(`${ORIGIN}/api/votes`, {
      method: 'POST',
      body: vote('alpha-ai', 'ship'),
      headers: { 'content-type': 'application/json', 'x-test-address': address() },
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

describe('the site’s origin', () => {
  it.each([
    ['a page of the site, behind a proxy that rewrote Host', ORIGIN, '127.0.0.1:4321', null, 200],
    ['the site run on this machine', 'http://127.0.0.1:4321', '127.0.0.1:4321', null, 200],
    ['the site on localhost', 'http://localhost:4321', 'localhost:4321', null, 200],
    ['a loopback page voting on another loopback port', 'http://127.0.0.1:9999', '127.0.0.1:4321', null, 403],
    ['a rebinding page', 'http://evil.example:4321', 'evil.example:4321', null, 403],
    [
      'an origin added by VOTES_ORIGINS',
      'https://www.votes.example',
      'www.votes.example',
      ['https://www.votes.example'],
      200,
    ],
    [
      'the built origin once VOTES_ORIGINS replaces it',
      ORIGIN,
      'votes.example',
      ['https://www.votes.example'],
      403,
    ],
  ] as const)('%s', async (_name, origin, host, origins, status) => {
    const api = createVoteApi({ ...base, origins });
    const response = await post(api, vote('beta-bot', 'ship'), { origin, host, 'x-test-address': address() });
    expect(response.status).toBe(status);
  });

  it('honours the host a trusted proxy forwarded when the platform says so', async () => {
    const api = createVoteApi({ ...base, publicHost: (c) => c.req.header('x-forwarded-host') ?? null });
    const local = { origin: 'http://localhost:4321', host: 'proxy.internal' };
    const via = (forwarded: string) =>
      post(api, vote('beta-bot', 'ship'), {
        ...local,
        'x-forwarded-host': forwarded,
        'x-test-address': address(),
      });
    expect((await via('localhost:4321')).status).toBe(200);
    expect((await via('evil.example')).status).toBe(403);
  });
});

describe('the order a vote is judged in', () => {
  it('runs its steps in this order: where it comes from before its body, what it names before a bot check, storage last', () => {
    expect(VOTE_POST_STEPS.map((step) => step.name)).toEqual([
      'origin',
      'content type',
      'network rate',
      'body',
      'parse',
      'votable',
      'challenge',
      'voter',
      'cast',
    ]);
  });

  it('answers a cross-site request without reading its body', async () => {
    let read = false;
    const body = new ReadableStream(
      {
        pull() {
          read = true;
          throw new Error('the body was read');
        },
      },
      { highWaterMark: 0 },
    );
    const response = await app.request(`${ORIGIN}/api/votes`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(403);
    expect(read).toBe(false);
  });

  it('refuses a rate-limited network before reading its body, and an unknown comparison before paying for a bot check', async () => {
    let checks = 0;
    const challenge: BotChallenge = {
      verify: async () => {
        checks++;
        return false;
      },
    };
    const limiter = new MemoryRateLimiter({ limit: 1, windowSeconds: 3600 });
    const api = createVoteApi({ ...base, limiter, challenge });
    const from = { 'x-test-address': address() };
    expect((await post(api, vote('alpha-ai', 'ship', 'nope-vs-none'), from)).status).toBe(404);
    expect(checks).toBe(0);
    const oversized = JSON.stringify({ pad: 'x'.repeat(5000) });
    const limited = await post(api, oversized, from);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
  });
});

describe('a network’s daily budget on a comparison', () => {
  it(`counts ${NETWORK_DAILY_BUDGET} changes from one address that drops its cookie, then refuses JSON and form alike until the next UTC day`, async () => {
    const attacker = { 'x-test-address': address() };
    const before = (await tallies()).tools['beta-bot']?.total ?? 0;
    const statuses: number[] = [];
    for (let i = 0; i < NETWORK_DAILY_BUDGET + 5; i++) {
      statuses.push((await post(app, vote('beta-bot', i % 2 ? 'ship' : 'skip'), attacker)).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(NETWORK_DAILY_BUDGET);
    expect(statuses.slice(NETWORK_DAILY_BUDGET)).toEqual([429, 429, 429, 429, 429]);
    expect((await tallies()).tools['beta-bot']?.total).toBe(before + NETWORK_DAILY_BUDGET);

    const refused = await post(app, vote('alpha-ai', 'ship'), attacker);
    expect(refused.status).toBe(429);
    // 18:00 UTC: six hours until the budget is whole again.
    expect(refused.headers.get('retry-after')).toBe(String(6 * 60 * 60));
    expect(((await refused.json()) as { error: string }).error).toMatch(/count again tomorrow/);
    const form = await post(app, `comparison=${PAIR}&tool=alpha-ai&call=ship`, { ...FORM, ...attacker });
    expect(form.headers.get('location')).toBe(`/api/refused?comparison=${PAIR}#vote-refused-budget`);

    // Readers on other networks, and the same network on another comparison, still vote.
    expect((await post(app, vote('beta-bot', 'ship'), { 'x-test-address': address() })).status).toBe(200);
    expect((await post(app, vote('alpha-ai', 'ship', CLOSED_PAIR), attacker)).status).toBe(200);
    const tomorrow = createVoteApi({ ...base, now: () => NOW + 6 * 60 * 60 * 1000 });
    expect((await post(tomorrow, vote('beta-bot', 'ship'), attacker)).status).toBe(200);
  });

  it('spends nothing on a call that changes nothing', async () => {
    const reader = { 'x-test-address': address() };
    const cookie = cookieOf(await post(app, vote('alpha-ai', 'ship'), reader));
    for (let i = 0; i < NETWORK_DAILY_BUDGET + 5; i++) {
      expect((await post(app, vote('alpha-ai', 'ship'), { ...reader, cookie })).status).toBe(200);
    }
  });
});

describe('a retried vote (Idempotency-Key)', () => {
  it('counts once, and gives the retry the first try’s voter cookie', async () => {
    const from = { 'x-test-address': address(), 'idempotency-key': crypto.randomUUID() };
    const before = (await tallies()).tools['alpha-ai']?.skip ?? 0;
    const first = await post(app, vote('alpha-ai', 'skip'), from);
    expect(first.status).toBe(200);
    // The connection dropped: the client never saw the cookie and sends the same request again.
    const retry = await post(app, vote('alpha-ai', 'skip'), from);
    expect(retry.status).toBe(200);
    expect(cookieOf(retry).split('.')[0]).toBe(cookieOf(first).split('.')[0]);
    expect(((await retry.json()) as Tallies).yours).toEqual({ 'alpha-ai': 'skip' });
    expect((await tallies()).tools['alpha-ai']?.skip).toBe(before + 1);
    expect((await tallies(cookieOf(retry))).yours).toEqual({ 'alpha-ai': 'skip' });
  });

  it('works for a form field too, and refuses the key with another vote (409)', async () => {
    const key = crypto.randomUUID();
    const from = { ...FORM, 'x-test-address': address() };
    const body = `comparison=${PAIR}&tool=beta-bot&call=ship&idempotency-key=${key}`;
    const before = (await tallies()).tools['beta-bot']?.ship ?? 0;
    expect((await post(app, body, from)).headers.get('location')).toBe(
      `/compare/${PAIR}/#voted-beta-bot-ship`,
    );
    expect((await post(app, body, from)).headers.get('location')).toBe(
      `/compare/${PAIR}/#voted-beta-bot-ship`,
    );
    expect((await tallies()).tools['beta-bot']?.ship).toBe(before + 1);
    const other = await post(app, vote('beta-bot', 'skip'), {
      'idempotency-key': key,
      'x-test-address': address(),
    });
    expect(other.status).toBe(409);
    expect((await tallies()).tools['beta-bot']?.ship).toBe(before + 1);
  });
});

describe('rotating VOTES_SECRET', () => {
  it('keeps a reader’s standing call through a rotation and signs their cookie anew; without the previous secret they start over', async () => {
    const oldKeys = await deriveVoteKeys('o'.repeat(16) + 'ld-secret-before-rotation', null);
    const newSecret = 'n'.repeat(16) + 'ew-secret-after-rotation';
    const before = createVoteApi({ ...base, keys: oldKeys });
    const cookie = cookieOf(await post(before, vote('beta-bot', 'skip'), { 'x-test-address': address() }));

    const rotating = createVoteApi({
      ...base,
      keys: await deriveVoteKeys(newSecret, 'o'.repeat(16) + 'ld-secret-before-rotation'),
    });
    const read = await rotating.request(`${ORIGIN}/api/votes/${PAIR}`, { headers: { cookie } });
    expect(((await read.json()) as Tallies).yours).toEqual({ 'beta-bot': 'skip' });
    const resigned = cookieOf(read);
    expect(resigned.split('.')[0]).toBe(cookie.split('.')[0]);
    expect(resigned).not.toBe(cookie);

    const after = createVoteApi({ ...base, keys: await deriveVoteKeys(newSecret, null) });
    expect((await tallies(resigned, after)).yours).toEqual({ 'beta-bot': 'skip' });
    expect((await tallies(cookie, after)).yours).toBeUndefined();
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
    const cookie = cookieOf(await post(app, vote('alpha-ai', 'skip'), { 'x-test-address': address() }));
    const response = await app.request(`${ORIGIN}/api/votes/${PAIR}`, { headers: { cookie } });
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(((await response.json()) as { yours: unknown }).yours).toEqual({ 'alpha-ai': 'skip' });
  });

  it('still shows the counts of a discontinued tool', async () => {
    expect(Object.keys((await tallies(undefined, app, CLOSED_PAIR)).tools)).toEqual([
      'alpha-ai',
      'gone-tool',
    ]);
  });
});

describe('bot challenge', () => {
  it.each([
    ['no token', {}, 403],
    ['a failed token', { 'cf-turnstile-response': 'failed' }, 403],
    ['a passed token', { 'cf-turnstile-response': 'passed' }, 200],
  ])('with a bot challenge configured, a vote with %s', async (_name, headers, status) => {
    const challenged = createVoteApi({ ...base, challenge: { verify: async (token) => token === 'passed' } });
    expect(
      (await post(challenged, vote('alpha-ai', 'ship'), { ...headers, 'x-test-address': address() })).status,
    ).toBe(status);
  });

  it('a form carries the challenge token as its own field, and a failed one lands on its note', async () => {
    const challenged = createVoteApi({ ...base, challenge: { verify: async (token) => token === 'passed' } });
    const from = { ...FORM, 'x-test-address': address() };
    const passed = await post(
      challenged,
      `comparison=${PAIR}&tool=alpha-ai&call=ship&cf-turnstile-response=passed`,
      from,
    );
    expect(passed.headers.get('location')).toBe(`/compare/${PAIR}/#voted-alpha-ai-ship`);
    const failed = await post(
      challenged,
      `comparison=${PAIR}&tool=alpha-ai&call=ship&cf-turnstile-response=x`,
      from,
    );
    expect(failed.headers.get('location')).toBe(`/api/refused?comparison=${PAIR}#vote-refused-challenge`);
  });
});

describe('GET /api/export', () => {
  const token = 't'.repeat(32);
  it.each([
    ['no token', {}, 401],
    ['a wrong token', { authorization: `Bearer ${'u'.repeat(32)}` }, 401],
  ])('with %s -> %i', async (_name, headers, status) => {
    const exporting = createVoteApi({ ...base, exportToken: token });
    expect((await exporting.request(`${ORIGIN}/api/export`, { headers })).status).toBe(status);
  });

  it('answers every tally and the activity since a time, counts only', async () => {
    const exporting = createVoteApi({ ...base, exportToken: token });
    const response = await exporting.request(`${ORIGIN}/api/export?since=2026-11-23`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as {
      tallies: { comparison: string }[];
      activity: { since: string; days: Record<string, unknown>[] };
    };
    expect(body.tallies.map((row) => row.comparison)).toContain(PAIR);
    expect(body.activity.since).toBe('2026-11-23T00:00:00.000Z');
    const today = body.activity.days.find((row) => row['comparison'] === PAIR);
    expect(today).toMatchObject({ day: '2026-11-23', networksAtBudget: 1 });
    expect(Object.keys(today ?? {}).sort()).toEqual([
      'ballots',
      'comparison',
      'day',
      'networks',
      'networksAtBudget',
      'topMinute',
      'topNetwork',
      'voters',
      'windowVoters',
    ]);
  });

  it.each(['yesterday', '2026-13-45', `2026-11-23${'0'.repeat(300)}`])(
    'refuses since=%s with a 400',
    async (since) => {
      const exporting = createVoteApi({ ...base, exportToken: token });
      const response = await exporting.request(`${ORIGIN}/api/export?since=${since}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(400);
    },
  );
});
