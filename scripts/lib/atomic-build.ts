/**
 * Builds a site into a staging folder beside its output folder and swaps it in only when every
 * step succeeded, so a failed build leaves the last good output exactly as it was, with nothing
 * of the failed one (a half-written folder, Astro's `.prerender/`) left anywhere.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

/** One step of a build: a command that writes into the folder named by `DIST_DIR`. */
export interface BuildStep {
  name: string;
  command: string;
  args: readonly string[];
}

/** Where a build's folders are: the output, the one being built, the one being replaced. */
function buildFolders(dist: string): { dist: string; staging: string; replaced: string } {
  return { dist, staging: `${dist}.building`, replaced: `${dist}.replaced` };
}

/**
 * Puts the folders back the way a finished build leaves them: a crash between the two renames
 * of a swap left the last good output under `replaced`, and any staging folder is a failed build's.
 */
export function recoverFolders(dist: string): void {
  const { staging, replaced } = buildFolders(dist);
  if (existsSync(replaced)) {
    if (existsSync(dist)) rmSync(replaced, { recursive: true, force: true });
    else renameSync(replaced, dist);
  }
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Runs the steps in order with `DIST_DIR` set to the staging folder and swaps it in when all
 * succeeded. Returns the failed step's name, or null on success.
 */
export async function buildAtomically(
  dist: string,
  steps: readonly BuildStep[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const { staging, replaced } = buildFolders(dist);
  recoverFolders(dist);
  let running: ReturnType<typeof spawn> | null = null;
  // An interrupted build is a failed build: stop the step, remove what it wrote.
  const interrupt = (signal: NodeJS.Signals) => {
    running?.kill(signal);
    rmSync(staging, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  try {
    for (const step of steps) {
      const child = spawn(step.command, step.args, { env: { ...env, DIST_DIR: staging }, stdio: 'inherit' });
      running = child;
      const code = await new Promise<number | null>((done) => child.on('close', (status) => done(status)));
      running = null;
      if (code !== 0) {
        rmSync(staging, { recursive: true, force: true });
        return step.name;
      }
    }
    if (existsSync(dist)) renameSync(dist, replaced);
    renameSync(staging, dist);
    rmSync(replaced, { recursive: true, force: true });
    return null;
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
}
