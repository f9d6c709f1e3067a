/**
 * Builds the site once and runs it the way `npm start` does, site and vote API in one process,
 * on a free port with a throwaway vote database; and, unless `E2E_WORKER=0`, the same build as
 * the Cloudflare Worker in wrangler's local mode for the `worker` project. URLs and the
 * database's place travel to workers through process.env, which they inherit.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, PROJECT_ROOT } from './paths.ts';
import { startSiteServer, type SiteServer } from './site-server.ts';
import { startWorker } from './worker-server.ts';

/** Builds (unless E2E_SKIP_BUILD=1 and a build exists), serves, and returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const reuse = process.env['E2E_SKIP_BUILD'] === '1' && existsSync(join(DIST_DIR, 'index.html'));
  if (!reuse) build();
  const data = mkdtempSync(join(tmpdir(), 'shipworthy-e2e-'));
  const database = join(data, 'votes.sqlite');
  const server = await startSiteServer(DIST_DIR, {
    ...serverEnv(),
    VOTES_DB: database,
    VOTES_SECRET: randomBytes(32).toString('base64url'),
    // Every spec votes from 127.0.0.1; the limit itself is covered by unit tests.
    VOTES_RATE_LIMIT: '10000/60',
  });
  process.env['E2E_BASE_URL'] = server.url;
  process.env['E2E_VOTES_DB'] = database;
  let worker: SiteServer | null = null;
  if (process.env['E2E_WORKER'] !== '0') {
    const token = randomBytes(32).toString('base64url');
    worker = await startWorker(join(data, 'wrangler'), {
      VOTES_SECRET: randomBytes(32).toString('base64url'),
      VOTES_EXPORT_TOKEN: token,
    }).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    process.env['E2E_WORKER_URL'] = worker.url;
    process.env['E2E_WORKER_EXPORT_TOKEN'] = token;
  }
  return async () => {
    await worker?.stop();
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  };
}

/** The environment of the default deployment: no newsletter provider, no telemetry calls, votes on. */
export function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of [
    'NEWSLETTER_ACTION',
    'VOTES',
    'VOTES_MIN_SAMPLE',
    'TURNSTILE_SITE_KEY',
    'TURNSTILE_SECRET_KEY',
  ]) {
    delete env[name];
  }
  return env;
}

function build(): void {
  const env = serverEnv();
  // Three pages per search bundle: the seed site's seven indexed pages come in three bundles, so
  // every search spec runs on the merged index a large site gets.
  env['SEARCH_SHARD_PAGES'] = '3';
  // Both servers under test answer reversed pairs by rule, as a Worker deploy does; the
  // redirect pages of plain static hosts are covered by unit tests.
  env['REDIRECT_PAGES'] = 'off';
  // Badges likewise come from their packs, answered by the server (both writers are unit-tested).
  env['BADGE_FILES'] = 'off';
  env['REPOSITORY_URL'] = 'https://github.com/example/shipworthy';
  env['DIST_DIR'] = DIST_DIR;
  const result = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `npm run build failed (exit ${String(result.status ?? result.signal)}); no site to test.`,
    );
  }
}
