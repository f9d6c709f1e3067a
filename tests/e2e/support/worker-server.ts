/**
 * Runs the Cloudflare Worker (src/server/worker.ts with a built site as its assets, in place of the
 * dist/ that wrangler.jsonc names) in wrangler's local mode: workerd and a local D1 migrated with `wrangler d1 migrations apply --local`, offline,
 * with no telemetry, no update check and no `Request.cf` lookup.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';
import type { SiteServer } from './site-server.ts';

const WRANGLER = join(PROJECT_ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

/** Environment that keeps wrangler on this machine. */
function offlineWranglerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    // Skips the banner and with it the npm registry update check.
    WRANGLER_HIDE_BANNER: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    CI: '1',
  };
}

/** Applies the migrations to a local D1 under `persistTo`, then serves the Worker and `assets` on a free port. */
export function startWorker(
  persistTo: string,
  assets: string,
  vars: Record<string, string>,
): Promise<SiteServer> {
  const env = offlineWranglerEnv();
  const migrated = spawnSync(
    process.execPath,
    [WRANGLER, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo],
    { cwd: PROJECT_ROOT, env, encoding: 'utf8' },
  );
  if (migrated.status !== 0) {
    return Promise.reject(
      new Error(`wrangler d1 migrations apply failed:\n${migrated.stdout}\n${migrated.stderr}`),
    );
  }
  const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', '0', '--persist-to', persistTo];
  // The rest of the assets settings (binding, routing) still come from wrangler.jsonc.
  args.push('--assets', assets);
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
  const child = spawn(process.execPath, [WRANGLER, ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops the workerd it started.
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`wrangler dev was not ready within 120 s:\n${output}`)),
      120_000,
    );
    const stop = (): Promise<void> =>
      new Promise((done) => {
        if (child.exitCode !== null || child.pid === undefined) return done();
        child.once('exit', () => done());
        process.kill(-child.pid, 'SIGTERM');
      });
    const fail = (error: Error): void => {
      clearTimeout(timer);
      void stop();
      reject(error);
    };
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url: `${url}/`, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`wrangler dev exited (${String(code)}):\n${output}`)));
  });
}
