/**
 * The vote API as one Hono app, the same on Node and on Workers: the platform hands over a
 * store, the catalog of votable comparisons, keys and how to find the client's address.
 * Every bad request gets a 4xx with `{"error": "<sentence>"}` and nothing is stored; a plain
 * form post gets a 303 to the page's note instead (src/core/votes/form-outcome.ts), a refusal's
 * served here as the built refusal page linking back to the comparison.
 */
import { Hono, type Context } from 'hono';
import type { VoteCatalog } from '../core/votes/catalog.ts';
import { sameSecret, type VoteKeys } from '../core/votes/keys.ts';
import type { RateLimiter } from '../core/votes/rate-limit.ts';
import type { VoteStore } from '../core/votes/store.ts';
import { REFUSAL_ANSWER_PATH, refusalPageFor, VOTE_REFUSED_PATH } from '../core/votes/form-outcome.ts';
import { talliesBody } from '../core/votes/tallies.ts';
import { SLUG_PATTERN } from '../core/vocabulary.ts';
import {
  VOTER_COOKIE,
  cookieValue,
  signVoter,
  verifyVoterWith,
  voterCookieHeader,
} from '../core/votes/voter-cookie.ts';
import type { BotChallenge } from './challenge.ts';
import { handleVotePost } from './vote-post.ts';

/** Everything the API needs from its platform. */
export interface VoteApiOptions {
  store: VoteStore;
  /** The comparisons readers may vote on; called per request, so it may reload. */
  catalog: () => Promise<VoteCatalog>;
  keys: VoteKeys;
  /** Per-network limiter, or null for none. */
  limiter: RateLimiter | null;
  /** Bot challenge, or null when none is configured. */
  challenge: BotChallenge | null;
  /** Bearer token of `GET /api/export`; the endpoint is absent without one. */
  exportToken: string | null;
  /** Origins whose pages may vote (`VOTES_ORIGINS`); null or absent: the one the site was built for. */
  origins?: readonly string[] | null;
  /** The client's address as the platform saw it (never stored, only hashed). */
  clientAddress: (c: Context) => string | null;
  /** The host the reader asked for; `Host` by default (a trusted proxy's `X-Forwarded-Host` on Node). */
  publicHost?: (c: Context) => string | null;
  /** Whether the reader reached the site over https; the request URL's scheme by default. */
  isHttps?: (c: Context) => boolean;
  now?: () => number;
  /** Where unexpected failures are reported; they never include addresses or cookies. */
  logError?: (message: string) => void;
  /** The built refusal page (`/votes/refused/`), or null when it cannot be read. */
  refusalPage?: (() => Promise<string | null>) | undefined;
}

/** Seconds browsers and shared caches may reuse a tally without the voter cookie. */
const TALLY_MAX_AGE = 10;

/** A `since` the export accepts: a UTC date, or a UTC time. */
const SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** The vote API, routed under `/api/`. */
export function createVoteApi(options: VoteApiOptions): Hono {
  const now = options.now ?? Date.now;
  const isHttps = options.isHttps ?? ((c: Context) => new URL(c.req.url).protocol === 'https:');
  const publicHost = options.publicHost ?? ((c: Context) => c.req.header('host') ?? new URL(c.req.url).host);
  const post = {
    ...options,
    origins: options.origins ?? null,
    publicHost,
    isHttps,
    now,
    logError: options.logError,
  };
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.post('/api/votes', (c) => handleVotePost(post, c));

  // A refused form vote that named a published comparison: the refusal page, linking back to it.
  app.get(REFUSAL_ANSWER_PATH, async (c) => {
    const slug = c.req.query('comparison') ?? '';
    const published = SLUG_PATTERN.test(slug) && (await options.catalog()).comparisons.has(slug);
    const page = published && options.refusalPage ? await options.refusalPage() : null;
    const html = page === null ? null : refusalPageFor(page, slug);
    // The page as built keeps the fragment naming the reason: a redirect without one inherits it.
    if (html === null) return c.redirect(VOTE_REFUSED_PATH, 303);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', "frame-ancestors 'none'");
    c.header('X-Robots-Tag', 'noindex');
    return c.html(html);
  });

  app.get('/api/votes/:comparison', async (c) => {
    const slug = c.req.param('comparison');
    const tools = SLUG_PATTERN.test(slug) ? (await options.catalog()).comparisons.get(slug) : undefined;
    if (!tools) return fail(c, 404, 'There is no such comparison to show votes for.');
    const voter = await verifyVoterWith(
      options.keys.cookie,
      cookieValue(c.req.header('cookie') ?? null, VOTER_COOKIE),
    );
    if (voter?.resign) {
      const value = await signVoter(options.keys.cookie.current, voter.id);
      c.header('Set-Cookie', voterCookieHeader(value, isHttps(c)));
    }
    const state = await options.store.read(slug, voter?.id ?? null);
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
      const asked = c.req.query('since') ?? new Date(now() - 24 * 60 * 60 * 1000).toISOString();
      if (!SINCE.test(asked) || Number.isNaN(Date.parse(asked))) {
        return fail(c, 400, '"since" must be a UTC date or time, e.g. 2026-11-23 or 2026-11-23T05:17:00Z.');
      }
      // Stored times are full ISO strings, so the bound is one too: text order is then time order.
      const since = new Date(asked).toISOString();
      c.header('Cache-Control', 'no-store');
      return c.json({
        tallies: await options.store.allTallies(),
        activity: { since, days: await options.store.activity(since) },
      });
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

function fail(c: Context, status: 400 | 401 | 404 | 405 | 500, error: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error }, status);
}
