/**
 * Makes sure the test sites are built (tests/support/test-sites.ts: the build tier and
 * `npm run build:test` share the same builds) and serves them: the frozen seed site the way
 * `npm start` does, site and vote API in one process, on a free port with a throwaway vote
 * database; unless `E2E_WORKER=0`, the same build as the Cloudflare Worker in wrangler's local
 * mode for the `worker` project; and the live site (content/ plus the next editor's additions) on
 * a plain static server for the `live` project. URLs and the database's place travel to workers
 * through process.env, which they inherit.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../../scripts/lib/chromium.ts';
import { startServer } from '../../../src/server/static/static-server.ts';
import { defaultSiteEnv, ensureTestSites, testSite } from '../../support/test-sites.ts';
import { startSiteServer, type SiteServer } from './site-server.ts';
import { startWorker } from './worker-server.ts';

/** Builds what is out of date, starts the servers, and returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  findChromium(); // says how to install one before anything is built
  ensureTestSites();
  const fixture = testSite('fixture').dist;
  const data = mkdtempSync(join(tmpdir(), 'shipworthy-e2e-'));
  const database = join(data, 'votes.sqlite');
  const stops: (() => Promise<void>)[] = [];
  const teardown = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop();
    rmSync(data, { recursive: true, force: true });
  };
  try {
    const server = await startSiteServer(fixture, {
      ...defaultSiteEnv(),
      VOTES_DB: database,
      VOTES_SECRET: randomBytes(32).toString('base64url'),
      // Every spec votes from 127.0.0.1; the limit itself is covered by unit tests.
      VOTES_RATE_LIMIT: '10000/60',
    });
    stops.push(server.stop);
    process.env['E2E_BASE_URL'] = server.url;
    process.env['E2E_VOTES_DB'] = database;

    const live = await startServer({ dir: testSite('live').dist, port: 0 });
    stops.push(() => live.close());
    process.env['E2E_LIVE_URL'] = live.url;

    if (process.env['E2E_WORKER'] !== '0') {
      const token = randomBytes(32).toString('base64url');
      const worker: SiteServer = await startWorker(join(data, 'wrangler'), fixture, {
        VOTES_SECRET: randomBytes(32).toString('base64url'),
        VOTES_EXPORT_TOKEN: token,
      });
      stops.push(worker.stop);
      process.env['E2E_WORKER_URL'] = worker.url;
      process.env['E2E_WORKER_EXPORT_TOKEN'] = token;
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
