/**
 * A small static file server for the built site, used by `npm start`, the
 * end-to-end tests and the performance budgets. It behaves like the static
 * host: directories serve their index.html, unknown paths get 404.html with a
 * 404 status, and `_headers` rules are applied. Redirects are meta-refresh pages, except
 * reversed comparison pairs, which it answers with a 301 by rule when the build left them
 * out (`REDIRECT_PAGES=off`), as the Worker does, and badges from their packs when the build
 * wrote packs instead of files (`BADGE_FILES=off`). An optional handler takes every request
 * under `/api/` (the vote API). With `compress`, text goes out gzip-encoded to clients that
 * accept it, as the edge host sends it; off by default, so byte counts are of the files.
 * It may face the internet: targets are read by request-path.ts (host files stay private,
 * no redirect leaves the site, a malformed target is a 400), and connection-limits.ts bounds
 * what one client may hold.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { oneLine } from '../../core/messages/one-line.ts';
import { PACKED_BADGE_HEADERS } from '../../core/views/badge-packs.ts';
import { answerNoFile, type BuiltSite } from '../no-file-matched.ts';
import { isPrivatePath, readRequestTarget, REFUSAL_TEXT } from '../request-path.ts';
import {
  DEFAULT_LIMITS,
  LISTEN_BACKLOG,
  limitConnections,
  serverOptions,
  type ConnectionCounts,
  type ConnectionLimits,
} from './connection-limits.ts';
import { contentTypeFor, isCompressible } from './content-types.ts';
import { headersForPath, parseHeadersFile, type HeaderRule } from './headers-file.ts';

/** Where and how to serve. */
export interface ServerOptions {
  /** Folder to serve, usually `dist`. */
  dir: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Interface to bind; loopback by default so nothing is exposed. */
  host?: string;
  /** Handles every request whose path starts with `/api/`; without it those paths are static. */
  api?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Send text gzip-encoded when the client accepts it, as the edge host does. */
  compress?: boolean;
  /** Timeouts and connection caps; `DEFAULT_LIMITS` unless given. */
  limits?: ConnectionLimits;
  /** Where a failed request is reported (one line, no client data); stderr by default. */
  logError?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:4321/`. */
  url: string;
  port: number;
  /** Open connections per network and refusals, as the connection limits counted them. */
  connections: ConnectionCounts;
  close: () => Promise<void>;
}

/** Requests under this path go to the API handler when there is one. */
const API_PREFIX = '/api/';

/** A short fixed text with its status: never an exception's message, never client data. */
function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Starts serving `dir` and resolves once the port is bound. */
export async function startServer({
  dir,
  port = 4321,
  host = '127.0.0.1',
  api,
  compress = false,
  limits = DEFAULT_LIMITS,
  logError = (line) => console.error(line),
}: ServerOptions): Promise<RunningServer> {
  const root = resolve(dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory())
    throw new Error(
      `Nothing to serve: ${oneLine(root, 300)} is not a directory: build the site first (npm run build).`,
    );
  const site: Site = { root, rules: await loadHeaderRules(root), compress };

  const server = createServer(serverOptions(limits), (req, res) => {
    const handled = api && isApiTarget(req.url ?? '') ? api(req, res) : handle(site, req, res);
    handled.catch((error: unknown) => {
      logError(
        `server: ${req.method ?? '?'} failed: ${oneLine(error instanceof Error ? error.message : String(error), 300)}`,
      );
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal error\n');
    });
  });
  const connections = limitConnections(server, limits);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', fail);
      done();
    });
  });
  // Once listening, an error is a connection that could not be accepted (out of file
  // descriptors, say): the server goes on with the connections it has.
  server.on('error', (error: NodeJS.ErrnoException) => {
    const fix =
      error.code === 'EMFILE' ? ': raise the open-file limit (ulimit -n) above SERVER_MAX_CONNECTIONS' : '';
    logError(`server: ${oneLine(error.message, 300)}${fix}`);
  });
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${bound}/`,
    port: bound,
    connections,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** Whether the API takes a target: a path under `/api/` that reads as a path (else the site refuses it). */
function isApiTarget(target: string): boolean {
  if (!target.startsWith(API_PREFIX)) return false;
  const reading = readRequestTarget(target);
  return reading.ok || reading.status === 404;
}

async function loadHeaderRules(root: string): Promise<HeaderRule[]> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => null);
  return text === null ? [] : parseHeadersFile(text);
}

/** The site's folder and what applies to every file in it. */
interface Site {
  root: string;
  rules: HeaderRule[];
  compress: boolean;
}

async function handle(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const reading = readRequestTarget(req.url ?? '/');
  if (!reading.ok) {
    if (reading.status === 404) await sendNotFound(site, req, res, '/');
    else sendText(res, reading.status, REFUSAL_TEXT[reading.status]);
    return;
  }
  const target = reading.value;
  const file = isPrivatePath(target.path) ? null : insideRoot(site.root, target.path);
  const found = file === null ? null : await findFile(file, target.path.endsWith('/'));
  if (found?.kind === 'directory') {
    // Relative links in an index page only resolve against a trailing slash.
    res.writeHead(301, { location: `${target.href}/${target.search}` }).end();
    return;
  }
  if (found?.kind === 'file') {
    send(
      req,
      res,
      { status: 200, ...found, compress: site.compress },
      headersForPath(site.rules, target.path),
    );
    return;
  }
  const answer = await answerNoFile(target, builtSite(site.root));
  if (answer.kind === 'badge') {
    res.writeHead(200, { ...PACKED_BADGE_HEADERS, 'content-length': Buffer.byteLength(answer.svg) });
    res.end(req.method === 'HEAD' ? undefined : answer.svg);
  } else if (answer.kind === 'moved') {
    res.writeHead(301, { location: answer.location }).end();
  } else {
    await sendNotFound(site, req, res, target.path);
  }
}

/** The site's 404 page with a 404 status, with the headers `_headers` gives `path`. */
async function sendNotFound(
  site: Site,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const page = await findFile(join(site.root, '404.html'), false);
  if (page?.kind === 'file') {
    send(req, res, { status: 404, ...page, compress: site.compress }, headersForPath(site.rules, path));
    return;
  }
  sendText(res, 404, 'Not found\n');
}

/** The built site in `root`, as the "no file matched" rule looks into it. */
function builtSite(root: string): BuiltSite {
  return {
    readBadgePack: (packPath) => readPack(root, packPath),
    hasPage: async (path) => {
      const file = insideRoot(root, path);
      return file !== null && (await findFile(file, true))?.kind === 'file';
    },
  };
}

/** A badge pack is a few KB; anything this large is not one the build wrote. */
const MAX_PACK_BYTES = 8 * 1024 * 1024;

/** A badge pack parsed from the served folder, or null when it is missing, too large or not JSON. */
async function readPack(root: string, packPath: string): Promise<unknown> {
  const file = insideRoot(root, packPath);
  const info = file === null ? null : await stat(file).catch(() => null);
  if (file === null || !info?.isFile() || info.size > MAX_PACK_BYTES) return null;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The absolute path for a URL path, or null when it would escape the root. */
function insideRoot(root: string, pathname: string): string | null {
  const candidate = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null;
}

type Found = { kind: 'file'; path: string; size: number } | { kind: 'directory' };

/** Looks a path up; `resolve` drops trailing slashes, so the caller says whether there was one. */
async function findFile(path: string, trailingSlash: boolean): Promise<Found | null> {
  const info = await stat(path).catch(() => null);
  if (info === null) return null;
  if (info.isFile()) return trailingSlash ? null : { kind: 'file', path, size: info.size };
  if (!info.isDirectory()) return null;
  const indexPath = join(path, 'index.html');
  const index = await stat(indexPath).catch(() => null);
  if (!index?.isFile()) return null;
  return trailingSlash ? { kind: 'file', path: indexPath, size: index.size } : { kind: 'directory' };
}

/** What to answer with: a status and a file, compressed when allowed and accepted. */
interface Answer {
  status: number;
  path: string;
  size: number;
  compress: boolean;
}

/** Whether the request's Accept-Encoding allows gzip (a zero q-value refuses it). */
function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const codings = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase().split(',');
  return codings.some((coding) => {
    const [name, ...params] = coding.split(';').map((part) => part.trim());
    const q = params.find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function send(req: IncomingMessage, res: ServerResponse, answer: Answer, extra: Map<string, string>): void {
  for (const [name, value] of extra) res.setHeader(name, value);
  const type = contentTypeFor(answer.path);
  res.setHeader('content-type', type);
  const compressible = answer.compress && isCompressible(type);
  if (compressible) res.setHeader('vary', 'accept-encoding');
  const gzip = compressible && acceptsGzip(req);
  // A compressed body's length is only known once it is sent; it goes out chunked.
  if (gzip) res.setHeader('content-encoding', 'gzip');
  else res.setHeader('content-length', answer.size);
  // Tests rebuild between runs; a cached page would hide the change.
  if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-cache');
  res.writeHead(answer.status);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const file = createReadStream(answer.path).on('error', () => res.destroy());
  if (gzip) file.pipe(createGzip()).pipe(res);
  else file.pipe(res);
}
