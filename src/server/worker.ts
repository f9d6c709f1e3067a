/**
 * The Cloudflare Worker: the vote API under `/api/` on D1. Everything else is a static asset
 * from `dist/`, served by Cloudflare's asset server with `_headers` and `_redirects` applied;
 * wrangler.jsonc sends `/api/*` here, and every path no asset matches, so the Worker answers
 * reversed comparison pairs with a 301 (the build leaves their pages out), badges from their
 * packs (the build writes packs, not files) and serves 404.html, by the rule the Node server
 * follows too (no-file-matched.ts), after reading the path the same way (request-path.ts).
 */
import { createVoteApi } from './app.ts';
import { d1Store, type D1Like } from './stores/d1.ts';
import { turnstileChallenge } from './challenge.ts';
import { oneLine } from '../core/messages/one-line.ts';
import { PACKED_BADGE_HEADERS } from '../core/views/badge-packs.ts';
import { answerNoFile, type BuiltSite } from './no-file-matched.ts';
import { readRequestTarget, REFUSAL_TEXT } from './request-path.ts';
import { catalogFromJson, VOTABLE_PATH, type VoteCatalog } from '../core/votes/catalog.ts';
import { VOTE_REFUSED_PATH } from '../core/votes/form-outcome.ts';
import { deriveVoteKeys } from '../core/votes/keys.ts';
import { MemoryRateLimiter, type RateLimiter } from '../core/votes/rate-limit.ts';
import type { Environment } from '../core/settings.ts';
import { readVoteSettings } from '../core/votes/settings.ts';

/** Cloudflare's rate limiting binding (wrangler.jsonc `ratelimits`). */
interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Bindings and variables the Worker reads. */
export interface WorkerEnv extends Record<string, unknown> {
  DB: D1Like;
  ASSETS: { fetch(request: Request): Promise<Response> };
  VOTE_RATE_LIMITER?: RateLimitBinding;
}

type Handler = (request: Request) => Promise<Response>;

// One API per isolate: settings, keys and the catalog are read on the first request.
let ready: Promise<Handler> | null = null;

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith('/api/')) return notFound(request, env);
    ready ??= prepare(env, new URL(request.url).origin).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    try {
      return await (
        await ready
      )(request);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`vote API unavailable: ${oneLine(reason, 500)}`);
      return Response.json(
        { error: 'Voting is unavailable right now; nothing was counted.' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      );
    }
  },
};

/**
 * A path no asset matched: read as the Node server reads it (a malformed target is a 400, a
 * spelling no file has is the 404 page), then the rule both servers share.
 */
async function notFound(request: Request, env: WorkerEnv): Promise<Response> {
  const url = new URL(request.url);
  const reading = readRequestTarget(`${url.pathname}${url.search}`);
  if (!reading.ok && reading.status !== 404) {
    return new Response(REFUSAL_TEXT[reading.status], { status: reading.status, headers: TEXT });
  }
  const answer = reading.ok ? await answerNoFile(reading.value, assetSite(env, url.origin)) : null;
  if (answer?.kind === 'badge') {
    return new Response(request.method === 'HEAD' ? null : answer.svg, { headers: PACKED_BADGE_HEADERS });
  }
  // A path, never a URL: the answer stays on this origin whatever the request held.
  if (answer?.kind === 'moved')
    return new Response(null, { status: 301, headers: { location: answer.location } });
  // html_handling "auto-trailing-slash" serves 404.html at /404.
  const page = await env.ASSETS.fetch(new Request(new URL('/404', url.origin)));
  if (!page.ok) return new Response('Not found\n', { status: 404, headers: TEXT });
  return new Response(request.method === 'HEAD' ? null : page.body, { status: 404, headers: page.headers });
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' } as const;

/** The deployed assets, as the "no file matched" rule looks into them. */
function assetSite(env: WorkerEnv, origin: string): BuiltSite {
  return {
    readBadgePack: async (packPath) => {
      const response = await env.ASSETS.fetch(new Request(new URL(packPath, origin)));
      return response.ok ? response.json().catch(() => null) : null;
    },
    hasPage: async (path) =>
      (await env.ASSETS.fetch(new Request(new URL(path, origin), { method: 'HEAD' }))).status === 200,
  };
}

async function prepare(env: WorkerEnv, origin: string): Promise<Handler> {
  const vars: Environment = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  // A Worker is always production: a secret that does not look random is refused.
  const result = readVoteSettings(vars, { production: true });
  if (!result.ok) throw new Error(result.errors.join(' '));
  const { settings } = result;
  if (!settings.enabled) {
    return async () =>
      Response.json(
        { error: 'Voting is switched off on this site.' },
        { status: 404, headers: { 'Cache-Control': 'no-store' } },
      );
  }
  if (!settings.secret) throw new Error('VOTES_SECRET is not set: `npx wrangler secret put VOTES_SECRET`.');
  const catalog = await loadCatalog(env, origin);
  const limiter = rateLimiter(env, settings.rateLimit);
  const api = createVoteApi({
    store: d1Store(env.DB),
    catalog: () => Promise.resolve(catalog),
    keys: await deriveVoteKeys(settings.secret, settings.previousSecret),
    origins: settings.origins,
    limiter,
    challenge: settings.turnstileSecret ? turnstileChallenge(settings.turnstileSecret) : null,
    exportToken: settings.exportToken,
    clientAddress: (c) => c.req.header('cf-connecting-ip') ?? null,
    logError: (message) => console.error(message),
    refusalPage: async () => {
      const page = await env.ASSETS.fetch(new Request(new URL(VOTE_REFUSED_PATH, origin)));
      return page.ok ? page.text() : null;
    },
  });
  return (request) => Promise.resolve(api.fetch(request));
}

async function loadCatalog(env: WorkerEnv, origin: string): Promise<VoteCatalog> {
  const response = await env.ASSETS.fetch(new Request(new URL(VOTABLE_PATH, origin)));
  if (!response.ok) throw new Error(`${VOTABLE_PATH} answered ${response.status}: deploy a full build.`);
  return catalogFromJson(await response.json());
}

/** Cloudflare's limiter when bound (shared by every instance), else a per-instance one. */
function rateLimiter(
  env: WorkerEnv,
  rule: { limit: number; windowSeconds: number } | null,
): RateLimiter | null {
  if (rule === null) return null;
  const binding = env.VOTE_RATE_LIMITER;
  if (binding) return { allow: async (key) => (await binding.limit({ key })).success };
  return new MemoryRateLimiter(rule);
}
