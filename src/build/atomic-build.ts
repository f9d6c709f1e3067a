/**
 * Builds a site into a staging folder beside its output folder and swaps it in only when every
 * step succeeded, so a failed build leaves the last good output exactly as it was, with nothing
 * of the failed one (a half-written folder, Astro's `.prerender/`) left anywhere.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { runSteps, stepCommand, type BuildStep } from './build-steps.ts';

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
 * Runs the steps (each as soon as the steps it comes after succeeded) with `DIST_DIR` set to the
 * staging folder and swaps it in when all succeeded. Returns the failed step's name, or null.
 */
export async function buildAtomically(
  dist: string,
  steps: readonly BuildStep[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const { staging, replaced } = buildFolders(dist);
  recoverFolders(dist);
  const running = new Set<ReturnType<typeof spawn>>();
  // An interrupted build is a failed build: stop the steps, remove what they wrote.
  const interrupt = (signal: NodeJS.Signals) => {
    for (const child of running) child.kill(signal);
    rmSync(staging, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  try {
    const failed = await runSteps(steps, (step) => {
      const { command, args } = stepCommand(step);
      const child = spawn(command, args, { env: { ...env, DIST_DIR: staging }, stdio: 'inherit' });
      running.add(child);
      const done = new Promise<boolean>((settle) => {
        child.on('error', () => settle(false));
        child.on('close', (status) => settle(status === 0));
      }).finally(() => running.delete(child));
      return { done, stop: () => child.kill('SIGTERM') };
    });
    if (failed !== null) {
      rmSync(staging, { recursive: true, force: true });
      return failed;
    }
    if (existsSync(dist)) renameSync(dist, replaced);
    renameSync(staging, dist);
    rmSync(replaced, { recursive: true, force: true });
    return null;
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
}
