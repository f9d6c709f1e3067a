/**
 * The vote API as the Node server runs it (src/server/node.ts): behind a proxy that rewrites
 * `Host`, the host the reader asked for comes from `X-Forwarded-Host` only under `TRUST_PROXY`,
 * and production refuses a secret that does not look random.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogFromJson } from '../../src/core/votes/catalog.ts';
import { startNodeVoteApi, type NodeVoteApi } from '../../src/server/node.ts';

const PAIR = 'alpha-ai-vs-beta-bot';
const catalog = catalogFromJson({
  version: 2,
  origin: 'https://votes.example',
  comparisons: { [PAIR]: ['alpha-ai', 'beta-bot'] },
  closed: [],
});
const temp = mkdtempSync(join(tmpdir(), 'votes-node-'));
const running: { api: NodeVoteApi; server: Server }[] = [];

afterAll(async () => {
  for (const { api, server } of running) {
    await new Promise((done) => server.close(done));
    await api.close();
  }
  rmSync(temp, { recursive: true, force: true });
});

async function serve(env: Record<string, string>): Promise<string> {
  const dataDir = join(temp, String(running.length));
  const api = await startNodeVoteApi({ env, catalog: () => Promise.resolve(catalog), dataDir });
  const server = createServer((req, res) => void api.handle(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  running.push({ api, server });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// A page the reader opened at http://localhost:4321/, reaching this server through a proxy that
// sent it on with its own Host and said the original in X-Forwarded-Host.
const throughProxy = (base: string) =>
  fetch(`${base}/api/votes`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: 'http://localhost:4321',
      'sec-fetch-site': 'same-origin',
      'x-forwarded-host': 'localhost:4321',
      'x-forwarded-for': '203.0.113.7',
    },
    body: JSON.stringify({ comparison: PAIR, tool: 'alpha-ai', call: 'ship' }),
  });

describe('the Node vote API behind a proxy', () => {
  it.each([
    ['on', 200],
    ['off', 403],
  ])(
    'with TRUST_PROXY=%s answers %i to a page whose host only X-Forwarded-Host names',
    async (trust, status) => {
      const base = await serve({ TRUST_PROXY: trust, VOTES_SECRET: 'Zr8kV2pQ9xL4mN7bW3cT6yH1sD5fG0jAq' });
      expect((await throughProxy(base)).status).toBe(status);
    },
  );
});

describe('the Node vote API in production', () => {
  it.each([
    [{ NODE_ENV: 'production' }, /VOTES_SECRET is required in production/],
    [
      { NODE_ENV: 'production', VOTES_SECRET: 'a'.repeat(32) },
      /VOTES_SECRET is too predictable for production/,
    ],
    [
      {
        NODE_ENV: 'production',
        VOTES_SECRET: 'Zr8kV2pQ9xL4mN7bW3cT6yH1sD5fG0jAq',
        VOTES_SECRET_PREVIOUS: 'b'.repeat(40),
      },
      /VOTES_SECRET_PREVIOUS is too predictable for production/,
    ],
  ])('refuses to start with %j', async (env, message) => {
    await expect(
      startNodeVoteApi({ env, catalog: () => Promise.resolve(catalog), dataDir: join(temp, 'refused') }),
    ).rejects.toThrow(message);
  });
});
