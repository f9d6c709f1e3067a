/**
 * Builds a site into a staging folder beside its output folder and swaps it in only when every
 * step succeeded, so a failed build leaves the last good output exactly as it was, with nothing
 * of the failed one (a half-written folder, Astro's `.prerender/`) left anywhere. The output may
 * be on another file system than the project: Astro moves files from the project's `.astro/`
 * into its output by renaming, so the steps then build in a folder under `.cache/` and the
 * finished site is copied beside the output before the swap.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { oneLine } from '../core/messages/one-line.ts';
import { runSteps, stepCommand, type BuildStep } from './build-steps.ts';

/** Where a build's folders are: the output, the one being built, the one being replaced. */
function buildFolders(dist: string): { dist: string; staging: string; replaced: string } {
  return { dist, staging: `${dist}.building`, replaced: `${dist}.replaced` };
}

/** Where the steps build when the output is on another file system than the project. */
function localStaging(dist: string, projectRoot: string): string {
  const key = createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 16);
  return join(projectRoot, '.cache', 'builds', key);
}

/** What a failure to make or write into the output's parent means, by error code. */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'a read-only file system',
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is in the way',
};

/**
 * Why `dist` cannot be a build's output, in one line, or null when it can: it must not be the
 * project or hold it, must be a folder that is new, empty or a build of this site, and its
 * parent must be a folder the build can write into. Creates the parent when it is missing.
 */
export function outputFolderProblem(dist: string, projectRoot = process.cwd()): string | null {
  const output = resolve(dist);
  const root = resolve(projectRoot);
  const shown = oneLine(output, 300);
  if (root === output || root.startsWith(output.endsWith(sep) ? output : output + sep)) {
    return `DIST_DIR ${shown} holds the project itself: a build replaces its output folder whole; choose a folder of its own (default dist).`;
  }
  const existing = statSync(output, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) {
    return `DIST_DIR ${shown} is a file, not a folder: choose a folder (it is made if missing).`;
  }
  if (existing && !existsSync(join(output, 'index.html')) && readdirSync(output).length > 0) {
    return `DIST_DIR ${shown} holds files that are not a build of this site (no index.html), and a build replaces the folder whole: choose a new or empty folder.`;
  }
  const parent = dirname(output);
  try {
    mkdirSync(parent, { recursive: true });
    accessSync(parent, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = WRITE_FAILURES[code] ?? (code || 'not writable');
    return `DIST_DIR ${shown}: cannot write into ${oneLine(parent, 300)} (${reason}): choose a folder the build may write to.`;
  }
  return null;
}

/**
 * Puts the folders back the way a finished build leaves them: a crash between the two renames
 * of a swap left the last good output under `replaced`, and any staging folder is a failed build's.
 */
export function recoverFolders(dist: string, projectRoot = process.cwd()): void {
  const { staging, replaced } = buildFolders(dist);
  if (existsSync(replaced)) {
    if (existsSync(dist)) rmSync(replaced, { recursive: true, force: true });
    else renameSync(replaced, dist);
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(localStaging(dist, projectRoot), { recursive: true, force: true });
}

/** How a build runs; the defaults are `npm run build`'s. */
export interface AtomicBuildOptions {
  env?: NodeJS.ProcessEnv;
  /** The project, whose `.astro/` Astro moves files out of; the working directory by default. */
  projectRoot?: string;
  /** Whether two existing paths are on one file system (a rename between them works). */
  sameFileSystem?: (a: string, b: string) => boolean;
}

/**
 * Runs the steps (each as soon as the steps it comes after succeeded) with `DIST_DIR` set to the
 * staging folder and swaps it in when all succeeded. Returns the failed step's name, or null.
 * Call `outputFolderProblem` first: this assumes `dist` is a place a build may go.
 */
export async function buildAtomically(
  dist: string,
  steps: readonly BuildStep[],
  {
    env = process.env,
    projectRoot = process.cwd(),
    sameFileSystem = onOneFileSystem,
  }: AtomicBuildOptions = {},
): Promise<string | null> {
  const { staging, replaced } = buildFolders(dist);
  recoverFolders(dist, projectRoot);
  mkdirSync(dirname(staging), { recursive: true });
  const work = sameFileSystem(projectRoot, dirname(staging)) ? staging : localStaging(dist, projectRoot);
  const running = new Set<ReturnType<typeof spawn>>();
  const clean = () => {
    rmSync(work, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  };
  // An interrupted build is a failed build: stop the steps, remove what they wrote.
  const interrupt = (signal: NodeJS.Signals) => {
    for (const child of running) child.kill(signal);
    clean();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  try {
    const failed = await runSteps(steps, (step) => {
      const { command, args } = stepCommand(step);
      const child = spawn(command, args, { env: { ...env, DIST_DIR: work }, stdio: 'inherit' });
      running.add(child);
      const done = new Promise<boolean>((settle) => {
        child.on('error', () => settle(false));
        child.on('close', (status) => settle(status === 0));
      }).finally(() => running.delete(child));
      return { done, stop: () => child.kill('SIGTERM') };
    });
    if (failed !== null) {
      clean();
      return failed;
    }
    if (work !== staging) {
      // Copied beside the output first, so the swap itself stays two renames on one file system.
      cpSync(work, staging, { recursive: true });
      rmSync(work, { recursive: true, force: true });
    }
    if (existsSync(dist)) renameSync(dist, replaced);
    renameSync(staging, dist);
    rmSync(replaced, { recursive: true, force: true });
    return null;
  } catch (error) {
    clean();
    throw error;
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
}

/** Whether two existing folders share a device, which a rename between them needs. */
function onOneFileSystem(a: string, b: string): boolean {
  return statSync(a).dev === statSync(b).dev;
}
