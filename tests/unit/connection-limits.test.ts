/**
 * What one client may hold of the Node server: a capped number of connections per network,
 * and time limits on headers, bodies and silence. The attacker's sockets come from 127.0.0.2
 * (all of 127.0.0.0/8 is loopback on Linux), readers from other loopback addresses.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  readConnectionLimits,
  type ConnectionLimits,
} from '../../src/server/static/connection-limits.ts';
import { startServer, type RunningServer } from '../../src/server/static/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'connection-limits-'));
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Resolves once `check` holds, polling; the test's own timeout bounds the wait. */
async function eventually(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((done) => setTimeout(done, 20));
}

/** Opens a socket from `from` and writes `text`; resolves once connected. */
function openSocket(port: number, from: string, text: string): Promise<Socket> {
  return new Promise((done, fail) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress: from }, () => {
      socket.write(text);
      done(socket);
    });
    socket.once('error', fail);
  });
}

/** A full GET from `from`: the status line the server answered with. */
async function statusFrom(port: number, from: string): Promise<string> {
  const socket = await openSocket(port, from, 'GET / HTTP/1.1\r\nHost: site\r\nConnection: close\r\n\r\n');
  let text = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  await new Promise((done) => socket.once('close', done));
  return text.split('\r\n')[0] ?? '';
}

/** Resolves with what the server sent before it closed the socket. */
function closed(socket: Socket): Promise<string> {
  let text = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  socket.on('error', () => {});
  return new Promise((done) => socket.once('close', () => done(text)));
}

describe('a cap on connections per network', () => {
  let server: RunningServer;
  const attacker: Socket[] = [];
  beforeAll(async () => {
    server = await startServer({
      dir: site,
      port: 0,
      limits: { ...DEFAULT_LIMITS, connectionsPerNetwork: 50 },
    });
  });
  afterAll(async () => {
    for (const socket of attacker) socket.destroy();
    await server.close();
  });

  it('holds 300 unfinished requests from one address to 50 and answers the other addresses', async () => {
    const sockets = await Promise.all(
      Array.from({ length: 300 }, () =>
        openSocket(server.port, '127.0.0.2', 'GET / HTTP/1.1\r\nHost: site\r\nX-Slow: ').catch(() => null),
      ),
    );
    for (const socket of sockets) if (socket) attacker.push(socket.on('error', () => {}));
    await eventually(
      () => (server.connections.open().get('127.0.0.2') ?? 0) + server.connections.refused() >= 300,
    );
    expect(server.connections.open().get('127.0.0.2')).toBe(50);
    expect(server.connections.refused()).toBe(250);
    expect(await statusFrom(server.port, '127.0.0.1')).toBe('HTTP/1.1 200 OK');
    expect(await statusFrom(server.port, '127.0.0.3')).toBe('HTTP/1.1 200 OK');
  });

  it('tells a refused connection why, then closes it', async () => {
    const socket = await openSocket(server.port, '127.0.0.2', '');
    expect(await closed(socket)).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n[\s\S]*Retry-After: 10/);
  });

  it('frees a slot when a connection closes', async () => {
    const before = server.connections.refused();
    attacker.find((socket) => !socket.destroyed)?.destroy();
    await eventually(() => server.connections.open().get('127.0.0.2') === 49);
    const socket = await openSocket(server.port, '127.0.0.2', '');
    attacker.push(socket.on('error', () => {}));
    await eventually(() => server.connections.open().get('127.0.0.2') === 50);
    expect(server.connections.refused()).toBe(before);
  });
});

describe('time limits', () => {
  let server: RunningServer;
  const limits: ConnectionLimits = {
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
    connectionsPerNetwork: 50,
    maxConnections: 1_000,
  };
  beforeAll(async () => {
    // An API that reads the whole body before it answers, as the vote API does.
    server = await startServer({
      dir: site,
      port: 0,
      limits,
      api: async (req, res) => {
        for await (const _chunk of req);
        res.end('read');
      },
    });
  });
  afterAll(() => server.close());

  it.each([
    ['headers that never end', 'GET / HTTP/1.1\r\nHost: site\r\nX-Slow: ', /^HTTP\/1\.1 408/],
    [
      'a body that never ends',
      'POST /api/votes HTTP/1.1\r\nHost: site\r\nContent-Length: 100\r\n\r\n{"a',
      /^HTTP\/1\.1 408/,
    ],
    ['a connection that says nothing', '', /^HTTP\/1\.1 408/],
  ])('closes %s', async (_what, text, answer) => {
    const socket = await openSocket(server.port, '127.0.0.4', text);
    expect(await closed(socket)).toMatch(answer);
    await eventually(() => !server.connections.open().has('127.0.0.4'));
  });
});

describe('readConnectionLimits', () => {
  it.each<[Record<string, string>, boolean, ConnectionLimits]>([
    [{}, false, DEFAULT_LIMITS],
    // Behind a proxy every connection is the proxy's; it limits its own clients.
    [{}, true, { ...DEFAULT_LIMITS, connectionsPerNetwork: null }],
    [{ SERVER_CONNECTIONS_PER_NETWORK: '64' }, true, { ...DEFAULT_LIMITS, connectionsPerNetwork: 64 }],
    [{ SERVER_CONNECTIONS_PER_NETWORK: 'off' }, false, { ...DEFAULT_LIMITS, connectionsPerNetwork: null }],
    [
      { SERVER_HEADERS_TIMEOUT: '5', SERVER_REQUEST_TIMEOUT: '20', SERVER_MAX_CONNECTIONS: '500' },
      false,
      { ...DEFAULT_LIMITS, headersTimeoutMs: 5_000, requestTimeoutMs: 20_000, maxConnections: 500 },
    ],
  ])('reads %j (behind a proxy: %s)', (env, behindProxy, limits) => {
    const errors: string[] = [];
    expect(readConnectionLimits(env, behindProxy, errors)).toEqual(limits);
    expect(errors).toEqual([]);
  });

  it.each([
    [
      { SERVER_HEADERS_TIMEOUT: '0' },
      'SERVER_HEADERS_TIMEOUT must be a whole number from 1 to 300, got "0".',
    ],
    [
      { SERVER_REQUEST_TIMEOUT: '1e3' },
      'SERVER_REQUEST_TIMEOUT must be a whole number from 1 to 3600, got "1e3".',
    ],
    [
      { SERVER_HEADERS_TIMEOUT: '60', SERVER_REQUEST_TIMEOUT: '30' },
      "SERVER_REQUEST_TIMEOUT (30) must be at least SERVER_HEADERS_TIMEOUT (60): a request's headers come within the request.",
    ],
    [
      { SERVER_CONNECTIONS_PER_NETWORK: 'lots' },
      'SERVER_CONNECTIONS_PER_NETWORK must be a whole number from 1 to 1000000, got "lots".',
    ],
    [
      { SERVER_MAX_CONNECTIONS: '-1' },
      'SERVER_MAX_CONNECTIONS must be a whole number from 1 to 1000000, got "-1".',
    ],
  ])('refuses %j with one line naming the fix', (env, message) => {
    const errors: string[] = [];
    readConnectionLimits(env, false, errors);
    expect(errors).toEqual([message]);
  });
});
