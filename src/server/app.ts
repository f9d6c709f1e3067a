/**
 * The vote API as one Hono app, the same on Node and on Workers: the platform hands over a
 * store, the catalog of votable comparisons, keys and how to find the client's address.
 * Every bad request gets a 4xx with `{"error": "<sentence>"}` and nothing is stored.
 */
import { Hono, type Context } from 'hono';
import { comparisonPath, COMMUNITY_FRAGMENT } from '../core/views/paths.ts';
import {
  CHALLENGE_FIELD,
  MAX_BODY_BYTES,
  checkVotable,
  parseVoteForm,
  parseVoteJson,
  type Checked,
  type VoteRequest,
} from '../core/votes/ballot.ts';
import type { VoteCatalog } from '../core/votes/catalog.ts';
import { sameSecret } from '../core/votes/keys.ts';
import { networkKey, type RateLimiter } from '../core/votes/rate-limit.ts';
import { crossSiteReason } from '../core/votes/same-origin.ts';
import type { VoteStore } from '../core/votes/store.ts';
import { talliesBody } from '../core/votes/tallies.ts';
import { SLUG_PATTERN } from '../core/vocabulary.ts';
import {
  VOTER_COOKIE,
  cookieValue,
  newVoterId,
  signVoter,
  verifyVoter,
  voterCookieHeader,
} from '../core/votes/voter-cookie.ts';
import type { BotChallenge } from './challenge.ts';

/** Everything the API needs from its platform. */
export interface VoteApiOptions {
  store: VoteStore;
  /** The comparisons readers may vote on; called per request, so it may reload. */
  catalog: () => Promise<VoteCatalog>;
  keys: { cookie: CryptoKey; rate: CryptoKey };
  /** Per-network limiter, or null for none. */
  limiter: RateLimiter | null;
  /** Bot challenge, or null when none is configured. */
  challenge: BotChallenge | null;
  /** Bearer token of `GET /api/export`; the endpoint is absent without one. */
  exportToken: string | null;
  /** The client's address as the platform saw it (never stored, only hashed). */
  clientAddress: (c: Context) => string | null;
  /** Whether the reader reached the site over https; the request URL's scheme by default. */
  isHttps?: (c: Context) => boolean;
  now?: () => number;
  /** Where unexpected failures are reported; they never include addresses or cookies. */
  logError?: (message: string) => void;
}

/** Seconds browsers and shared caches may reuse a tally without the voter cookie. */
const TALLY_MAX_AGE = 10;

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The vote API, routed under `/api/`. */
export function createVoteApi(options: VoteApiOptions): Hono {
  const now = options.now ?? Date.now;
  const isHttps = options.isHttps ?? ((c: Context) => new URL(c.req.url).protocol === 'https:');
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.post('/api/votes', async (c) => {
    const crossSite = crossSiteReason({
      origin: c.req.header('origin') ?? null,
      secFetchSite: c.req.header('sec-fetch-site') ?? null,
      host: c.req.header('host') ?? new URL(c.req.url).host,
    });
    if (crossSite) return fail(c, 403, crossSite);

    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== JSON_TYPE && type !== FORM_TYPE) {
      return fail(c, 415, `Send the vote as ${JSON_TYPE} or ${FORM_TYPE}.`);
    }
    const address = options.clientAddress(c);
    if (options.limiter) {
      const key = await networkKey(options.keys.rate, address ?? 'unknown', now());
      if (!(await options.limiter.allow(key, now()))) {
        c.header('Retry-After', '60');
        return fail(c, 429, 'Too many votes from your network; wait a minute and try again.');
      }
    }
    const body = await readBody(c.req.raw);
    if (body === null) return fail(c, 413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);

    let parsed: Checked<VoteRequest>;
    let token: string | null = null;
    if (type === JSON_TYPE) {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return fail(c, 400, 'The body is not valid JSON.');
      }
      parsed = parseVoteJson(json);
      token = c.req.header(CHALLENGE_FIELD) ?? null;
    } else {
      const form = new URLSearchParams(body);
      parsed = parseVoteForm(form);
      token = form.get(CHALLENGE_FIELD);
    }
    if (!parsed.ok) return fail(c, 400, parsed.error);
    const votable = checkVotable(parsed.value, await options.catalog());
    if (!votable.ok) return fail(c, 404, votable.error);
    const { vote, tools } = votable.value;

    if (options.challenge && !(await options.challenge.verify(token, address))) {
      return fail(c, 403, 'The bot check did not pass; reload the page and try again.');
    }

    let voter = await verifyVoter(
      options.keys.cookie,
      cookieValue(c.req.header('cookie') ?? null, VOTER_COOKIE),
    );
    if (voter === null) {
      voter = newVoterId();
      c.header('Set-Cookie', voterCookieHeader(await signVoter(options.keys.cookie, voter), isHttps(c)));
    }
    const state = await options.store.cast({
      comparison: vote.comparison,
      tool: vote.tool,
      voter,
      call: vote.call,
      at: new Date(now()).toISOString(),
    });
    c.header('Cache-Control', 'no-store');
    if (type === FORM_TYPE) {
      return c.redirect(`${comparisonPath(vote.comparison)}#${COMMUNITY_FRAGMENT}`, 303);
    }
    return c.json(talliesBody(vote.comparison, tools, state));
  });

  app.get('/api/votes/:comparison', async (c) => {
    const slug = c.req.param('comparison');
    const tools = SLUG_PATTERN.test(slug) ? (await options.catalog()).comparisons.get(slug) : undefined;
    if (!tools) return fail(c, 404, 'There is no such comparison to show votes for.');
    const voter = await verifyVoter(
      options.keys.cookie,
      cookieValue(c.req.header('cookie') ?? null, VOTER_COOKIE),
    );
    const state = await options.store.read(slug, voter);
    // A response naming the reader's own calls must never sit in a shared cache.
    c.header('Cache-Control', voter ? 'private, no-cache' : `public, max-age=${TALLY_MAX_AGE}`);
    c.header('Vary', 'Cookie');
    return c.json(talliesBody(slug, tools, state));
  });

  if (options.exportToken !== null) {
    const expected = `Bearer ${options.exportToken}`;
    app.get('/api/export', async (c) => {
      if (!(await sameSecret(c.req.header('authorization') ?? '', expected))) {
        return fail(c, 401, 'Send the export token as "Authorization: Bearer <token>".');
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ tallies: await options.store.allTallies() });
    });
  }

  const allowed: [string, string][] = [
    ['/api/votes', 'POST'],
    ['/api/votes/:comparison', 'GET, HEAD'],
    ...(options.exportToken === null ? [] : [['/api/export', 'GET, HEAD'] as [string, string]]),
  ];
  for (const [path, allow] of allowed) {
    app.all(path, (c) => {
      c.header('Allow', allow);
      return fail(c, 405, `Use ${allow.split(',')[0] ?? 'GET'} here.`);
    });
  }
  app.notFound((c) => fail(c, 404, 'There is no such vote API endpoint.'));
  app.onError((error, c) => {
    options.logError?.(`vote API: ${error instanceof Error ? error.message : String(error)}`);
    return fail(c, 500, 'The vote could not be handled; nothing was counted. Try again.');
  });
  return app;
}

function fail(
  c: Context,
  status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 429 | 500,
  error: string,
): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error }, status);
}

/** The body as text, or null when it is larger than the limit (read no further than that). */
async function readBody(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
