/**
 * The Worker's own answers for paths no asset matched (the asset server serves every file):
 * the same "no file matched" rule and path reading as the Node server, and never a redirect
 * that leaves the site.
 */
import { describe, expect, it } from 'vitest';
import worker, { type WorkerEnv } from '../../src/server/worker.ts';
import type { D1Like } from '../../src/server/stores/d1.ts';
import { assetServer } from './support/asset-server.ts';
import { HOSTILE_CASES, NO_FILE_CASES, siteFiles, type Expected } from './support/site-paths.ts';

const ORIGIN = 'https://site.example';

function env(): WorkerEnv & { ASSETS: ReturnType<typeof assetServer> } {
  return {
    VOTES: 'on',
    // No case here reaches the vote API; a database call would be a failure.
    DB: new Proxy({} as D1Like, {
      get: () => {
        throw new Error('the database was used');
      },
    }),
    ASSETS: assetServer(siteFiles()),
  };
}

async function expectAnswer(target: string, expected: Expected): Promise<void> {
  const response = await worker.fetch(new Request(`${ORIGIN}${target}`), env());
  expect(response.status).toBe(expected.status);
  const location = response.headers.get('location');
  if (expected.location !== undefined) expect(location).toBe(expected.location);
  else expect(location).toBeNull();
  if (expected.body !== undefined) expect(await response.text()).toContain(expected.body);
}

describe('the Worker, where no asset matched', () => {
  it.each(NO_FILE_CASES)('answers %s as the Node server does', expectAnswer);

  // The URL parser has already resolved dot segments by the time a Worker sees a request; every
  // other spelling reaches it as sent and must end in the 404 page or a 400, never elsewhere.
  it.each(HOSTILE_CASES)('answers %s with %j', async (target, expected) => {
    const response = await worker.fetch(new Request(`${ORIGIN}${target}`), env());
    expect(response.status).toBe(expected.status);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).not.toMatch(/Content-Security-Policy|\/old\//);
  });

  it('answers a HEAD for a packed badge with its headers and no body', async () => {
    const response = await worker.fetch(
      new Request(`${ORIGIN}/badges/a-vs-b.svg`, { method: 'HEAD' }),
      env(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toBe('');
  });

  it('looks up a badge in its pack, a reversed pair by a HEAD for the page, then fetches /404', async () => {
    const badge = env();
    await worker.fetch(new Request(`${ORIGIN}/badges/c-vs-d.svg`), badge);
    expect(badge.ASSETS.asked).toEqual([
      expect.stringMatching(/^GET \/badges\/packs\/[0-9a-f]{3}\.json$/),
      'GET /404',
    ]);
    const pair = env();
    await worker.fetch(new Request(`${ORIGIN}/compare/c-vs-a/`), pair);
    expect(pair.ASSETS.asked).toEqual(['HEAD /compare/a-vs-c/', 'GET /404']);
  });
});
