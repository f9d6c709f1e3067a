/**
 * The Node server as `npm start` assembles it (the vote API on the static server, one throttled
 * log): uploads cut off by the client or by the timeout write one log line, not one each, and
 * behind a trusted proxy each forwarded client, whatever its port, is its own network.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VOTABLE_PATH } from '../../src/core/votes/catalog.ts';
import { throttledLog } from '../../src/server/log-throttle.ts';
import { catalogFromDist, startNodeVoteApi } from '../../src/server/node.ts';
import { DEFAULT_LIMITS } from '../../src/server/static/connection-limits.ts';
import { startServer, type RunningServer } from '../../src/server/static/static-server.ts';

const temp = mkdtempSync(join(tmpdir(), 'node-server-'));
const site = join(temp, 'site');
mkdirSync(join(site, 'data'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(
  join(site, VOTABLE_PATH),
  JSON.stringify({
    version: 2,
    origin: 'http://localhost',
    comparisons: { 'a-vs-b': ['a', 'b'] },
    closed: [],
  }),
);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `npm start`'s server on this site with `env`, its log lines collected. */
async function serve(env: Record<string, string>) {
  const lines: string[] = [];
  const logError = throttledLog((line) => lines.push(line));
  const api = await startNodeVoteApi({
    env: { VOTES_SECRET: randomBytes(32).toString('base64url'), ...env },
    catalog: catalogFromDist(site),
    dataDir: mkdtempSync(join(temp, 'data-')),
    logError,
  });
  const server = await startServer({
    dir: site,
    port: 0,
    api: api.handle,
    logError,
    limits: { ...DEFAULT_LIMITS, headersTimeoutMs: 1_000, requestTimeoutMs: 1_000 },
  });
  return {
    server,
    lines,
    close: async () => {
      await server.close();
      await api.close();
    },
  };
}

/** A vote upload that stops after its first bytes; `abort` cuts it off, else the server times it out. */
function unfinishedUpload(server: RunningServer, abort: boolean): Promise<void> {
  return new Promise((done) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(
        'POST /api/votes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"comparison":',
      );
      if (abort) setTimeout(() => socket.destroy(), 100);
    });
    socket.on('error', () => {});
    // Read what the server says (a 408), or the socket never ends and never closes.
    socket.resume().on('close', () => done());
  });
}

/** Votes once with `X-Forwarded-For: forwardedFor`; the status. */
async function vote(server: RunningServer, forwardedFor: string): Promise<number> {
  const response = await fetch(new URL('/api/votes', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ comparison: 'a-vs-b', tool: 'a', call: 'ship' }),
  });
  await response.body?.cancel();
  return response.status;
}

describe('npm start', () => {
  it('logs 40 aborted or timed-out uploads as one line', { timeout: 60_000 }, async () => {
    const { server, lines, close } = await serve({ VOTES_DB: join(temp, 'aborts.sqlite') });
    try {
      await Promise.all(Array.from({ length: 40 }, (_, i) => unfinishedUpload(server, i % 2 === 0)));
      // The handlers log once the body stream fails; give the last of them a moment.
      await new Promise((done) => setTimeout(done, 300));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^vote API: /);
    } finally {
      await close();
    }
  });

  it('gives each forwarded client its own rate-limit network, whatever its port', async () => {
    const { server, close } = await serve({
      VOTES_DB: join(temp, 'proxy.sqlite'),
      TRUST_PROXY: 'on',
      VOTES_RATE_LIMIT: '1/60',
    });
    try {
      expect(await vote(server, '10.0.0.1, 192.0.2.1:40000')).not.toBe(429);
      expect(await vote(server, '192.0.2.1:40001')).toBe(429);
      expect(await vote(server, '[2001:db8:1::1]:40000')).not.toBe(429);
      expect(await vote(server, '[2001:db8:1::2]:40001')).toBe(429);
      expect(await vote(server, '192.0.2.2:40000')).not.toBe(429);
    } finally {
      await close();
    }
  });
});
