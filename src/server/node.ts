/**
 * The vote API on Node: the embedded SQLite store, keys from `VOTES_SECRET` (or, for local
 * runs, a secret generated once under `.data/`), the catalog the build wrote into `dist/`,
 * and a request handler for `node:http`.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { catalogFromJson, VOTABLE_PATH, type VoteCatalog } from '../core/votes/catalog.ts';
import { VOTE_REFUSED_PATH } from '../core/votes/form-outcome.ts';
import { deriveVoteKeys, MIN_SECRET_LENGTH, randomToken } from '../core/votes/keys.ts';
import { MemoryRateLimiter } from '../core/votes/rate-limit.ts';
import type { Environment } from '../core/settings.ts';
import { readVoteSettings, type VoteSettings } from '../core/votes/settings.ts';
import { createVoteApi } from './app.ts';
import { turnstileChallenge } from './challenge.ts';
import { nodeHmac } from './node-hmac.ts';
import { forwardedClient, readProxyTrust, type ProxyTrust } from './proxy-headers.ts';
import { DEFAULT_DB_PATH, openSqliteStore } from './stores/sqlite.ts';

/** A running vote API for a Node HTTP server. */
export interface NodeVoteApi {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Where votes are stored. */
  database: string;
  close: () => Promise<void>;
}

/** Where and with what the API runs. */
export interface NodeVoteApiOptions {
  env: Environment;
  /** Returns the current catalog (the dev server rebuilds it when content changes). */
  catalog: () => Promise<VoteCatalog>;
  /** Folder for the database and the generated local secret. */
  dataDir?: string;
  /** Where unexpected failures are reported, one line each; stderr by default. */
  logError?: (line: string) => void;
  /** The built refusal page; without it a refused form vote lands on the page as built. */
  refusalPage?: () => Promise<string | null>;
}

/** Reads the settings; throws one message listing every bad environment value. */
export function voteSettings(env: Environment): VoteSettings {
  const result = readVoteSettings(env);
  if (!result.ok) throw new Error(`vote settings: ${result.errors.join(' ')}`);
  return result.settings;
}

/** Starts the API on the embedded store. */
export async function startNodeVoteApi(options: NodeVoteApiOptions): Promise<NodeVoteApi> {
  const { env } = options;
  const settings = voteSettings(env);
  const errors: string[] = [];
  const trustProxy = readProxyTrust(env['TRUST_PROXY'], errors);
  if (errors.length) throw new Error(`vote settings: ${errors.join(' ')}`);
  const dataDir = options.dataDir ?? '.data';
  const database = env['VOTES_DB'] || (dataDir === '.data' ? DEFAULT_DB_PATH : join(dataDir, 'votes.sqlite'));
  const secret = settings.secret ?? localSecret(env, dataDir);
  const store = openSqliteStore(database);
  const api = createVoteApi({
    store,
    catalog: options.catalog,
    keys: await deriveVoteKeys(secret, settings.previousSecret, nodeHmac),
    origins: settings.origins,
    limiter: settings.rateLimit ? new MemoryRateLimiter(settings.rateLimit) : null,
    challenge: settings.turnstileSecret ? turnstileChallenge(settings.turnstileSecret) : null,
    exportToken: settings.exportToken,
    clientAddress: (c) => clientAddress(c, trustProxy),
    publicHost: (c) => publicHost(c, trustProxy),
    isHttps: (c) => isHttps(c, trustProxy),
    logError: options.logError ?? ((message) => console.error(message)),
    refusalPage: options.refusalPage,
  });
  const listener = getRequestListener((request, bindings) => api.fetch(request, bindings));
  return {
    handle: (req, res) => listener(req, res),
    database,
    close: () => store.close(),
  };
}

/** The catalog the build wrote into `dir`, read once. */
export function catalogFromDist(dir: string): () => Promise<VoteCatalog> {
  const file = join(dir, VOTABLE_PATH);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build).`);
  const catalog = catalogFromJson(JSON.parse(readFileSync(file, 'utf8')));
  return () => Promise.resolve(catalog);
}

/** The refusal page the build wrote into `dir`, read when asked for, so a new build is served at once. */
export function refusalPageFromDist(dir: string): () => Promise<string | null> {
  const file = join(dir, VOTE_REFUSED_PATH, 'index.html');
  return () => readFile(file, 'utf8').catch(() => null);
}

/**
 * The signing secret for runs without `VOTES_SECRET`: made once and kept in the data folder
 * (git-ignored) so cookies outlive a restart. Production must set the variable.
 */
function localSecret(env: Environment, dataDir: string): string {
  if (env['NODE_ENV'] === 'production') {
    throw new Error(
      `vote settings: VOTES_SECRET is required in production: set it to ${MIN_SECRET_LENGTH}+ random characters (e.g. \`openssl rand -base64 48\`).`,
    );
  }
  const file = join(dataDir, 'votes-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomToken(48);
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

type NodeContext = Context<{ Bindings: HttpBindings }>;

function clientAddress(c: Context, trust: ProxyTrust): string | null {
  const forwarded = forwardedClient(trust, (name) => c.req.header(name));
  if (forwarded !== null) return forwarded.address;
  return (c as NodeContext).env.incoming.socket.remoteAddress ?? null;
}

// Behind a proxy that rewrites Host, the host the reader asked for is the one the proxy reports.
function publicHost(c: Context, trust: ProxyTrust): string | null {
  return forwardedClient(trust, (name) => c.req.header(name))?.host ?? c.req.header('host') ?? null;
}

function isHttps(c: Context, trust: ProxyTrust): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return forwardedClient(trust, (name) => c.req.header(name))?.https ?? false;
}
