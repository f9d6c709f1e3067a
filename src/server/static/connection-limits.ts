/**
 * What one client may hold of the Node server (`npm start`): time to send its headers and its
 * request, open connections per network, and open connections in all. A client that opens
 * thousands of connections and never finishes a request then holds a bounded share of the server
 * for a bounded time, and every other client is still answered.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import { networkOf } from '../../core/votes/rate-limit.ts';
import { readInteger, type Environment } from '../../core/votes/settings.ts';

/** The limits a server runs with. */
export interface ConnectionLimits {
  /** Time from a request's first byte to the end of its headers. */
  headersTimeoutMs: number;
  /** Time for a whole request, body included. */
  requestTimeoutMs: number;
  /** Open connections from one network (an IPv4 address, an IPv6 /64); null for no cap. */
  connectionsPerNetwork: number | null;
  /** Open connections in all: what bounds the memory the server's sockets take. */
  maxConnections: number;
}

/**
 * Defaults: ten seconds for headers is plenty on a bad phone line, and a vote's body is a few
 * hundred bytes. 256 connections leave a school or an office behind one address room for every
 * browser's six; 10,000 open sockets stay within a few hundred MB.
 */
export const DEFAULT_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  connectionsPerNetwork: 256,
  maxConnections: 10_000,
};

/**
 * Connections the kernel holds for the server before it accepts them. Node's 511 fills while one
 * client connects by the hundred and the server is busy, and then everyone's new connection waits
 * out a SYN retry (a second, then three); Linux caps it at `net.core.somaxconn`.
 */
export const LISTEN_BACKLOG = 4096;

/** How often Node checks the two timeouts; its default (30 s) would let a 10 s timeout last 40 s. */
const TIMEOUT_CHECK_MS = 1_000;

/** Sent to a connection over its network's cap, then it is closed. */
const OVER_CAP_BODY = 'Too many open connections from your network; retry in a few seconds.\n';
const OVER_CAP_RESPONSE = [
  'HTTP/1.1 503 Service Unavailable',
  'Retry-After: 10',
  'Connection: close',
  'Content-Type: text/plain; charset=utf-8',
  `Content-Length: ${OVER_CAP_BODY.length}`,
  '',
  OVER_CAP_BODY,
].join('\r\n');

/**
 * Reads `SERVER_HEADERS_TIMEOUT`, `SERVER_REQUEST_TIMEOUT` (seconds), `SERVER_CONNECTIONS_PER_NETWORK`
 * (a number or `off`) and `SERVER_MAX_CONNECTIONS`. Behind a trusted proxy every connection comes
 * from the proxy, which limits its own clients, so the per-network cap is off unless set.
 */
export function readConnectionLimits(
  env: Environment,
  behindProxy: boolean,
  errors: string[],
): ConnectionLimits {
  const headersSeconds = readInteger(
    env,
    'SERVER_HEADERS_TIMEOUT',
    { min: 1, max: 300, fallback: DEFAULT_LIMITS.headersTimeoutMs / 1000 },
    errors,
  );
  const requestSeconds = readInteger(
    env,
    'SERVER_REQUEST_TIMEOUT',
    { min: 1, max: 3600, fallback: DEFAULT_LIMITS.requestTimeoutMs / 1000 },
    errors,
  );
  if (requestSeconds < headersSeconds) {
    errors.push(
      `SERVER_REQUEST_TIMEOUT (${requestSeconds}) must be at least SERVER_HEADERS_TIMEOUT (${headersSeconds}): a request's headers come within the request.`,
    );
  }
  const perNetworkRaw = env['SERVER_CONNECTIONS_PER_NETWORK']?.trim().toLowerCase();
  const perNetwork =
    perNetworkRaw === 'off' || (behindProxy && !perNetworkRaw)
      ? null
      : readInteger(
          env,
          'SERVER_CONNECTIONS_PER_NETWORK',
          { min: 1, max: 1_000_000, fallback: DEFAULT_LIMITS.connectionsPerNetwork ?? 256 },
          errors,
        );
  const maxConnections = readInteger(
    env,
    'SERVER_MAX_CONNECTIONS',
    { min: 1, max: 1_000_000, fallback: DEFAULT_LIMITS.maxConnections },
    errors,
  );
  return {
    headersTimeoutMs: headersSeconds * 1000,
    requestTimeoutMs: requestSeconds * 1000,
    connectionsPerNetwork: perNetwork,
    maxConnections,
  };
}

/** The `node:http` options that carry the timeouts; they must be given when the server is made. */
export function serverOptions(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  };
}

/** What the limits have done so far. */
export interface ConnectionCounts {
  /** Open connections per network now (networks with none are not listed). */
  open: () => ReadonlyMap<string, number>;
  /** Connections refused for being over their network's cap. */
  refused: () => number;
}

/**
 * Applies both caps to a server made with `serverOptions` (whose headers timeout also closes a
 * connection that never sends a byte). A connection over its network's cap gets a short 503 and
 * is closed before node:http sees it: no parser, no listeners, as little work as a refusal can be.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): ConnectionCounts {
  server.maxConnections = limits.maxConnections;
  const open = new Map<string, number>();
  let refused = 0;
  const cap = limits.connectionsPerNetwork;
  if (cap === null) return { open: () => open, refused: () => refused };

  // node:http serves a connection from the one 'connection' listener it added; it now runs only
  // for connections within the cap.
  const [serve, ...others] = server.listeners('connection') as ((socket: Socket) => void)[];
  if (serve === undefined || others.length > 0)
    throw new Error('limitConnections: expected a fresh node:http server');
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    const network = address === undefined ? null : (networkOf(address) ?? address);
    const count = network === null ? 0 : (open.get(network) ?? 0);
    if (count >= cap) {
      refused++;
      socket.on('error', () => {});
      socket.end(OVER_CAP_RESPONSE);
      socket.destroySoon();
      return;
    }
    if (network !== null) {
      open.set(network, count + 1);
      socket.once('close', () => {
        const left = (open.get(network) ?? 1) - 1;
        if (left > 0) open.set(network, left);
        else open.delete(network);
      });
    }
    serve.call(server, socket);
  });
  return { open: () => open, refused: () => refused };
}
