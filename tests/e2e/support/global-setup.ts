/**
 * Builds the site once and serves dist/ on a free port for every worker. The
 * base URL travels to workers through process.env, which they inherit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../../scripts/lib/static-server.ts';
import { DIST_DIR, PROJECT_ROOT } from './paths.ts';

/** Builds (unless E2E_SKIP_BUILD=1 and a build exists), serves, and returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const reuse = process.env['E2E_SKIP_BUILD'] === '1' && existsSync(join(DIST_DIR, 'index.html'));
  if (!reuse) build();
  const server = await startServer({ dir: DIST_DIR, port: 0 });
  process.env['E2E_BASE_URL'] = server.url;
  return () => server.close();
}

function build(): void {
  // The tests describe the default deployment: no newsletter provider, no telemetry calls.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['NEWSLETTER_ACTION'];
  // Three pages per search bundle: the seed site's seven indexed pages come in three bundles, so
  // every search spec runs on the merged index a large site gets.
  env['SEARCH_SHARD_PAGES'] = '3';
  const result = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `npm run build failed (exit ${String(result.status ?? result.signal)}); no site to test.`,
    );
  }
}
