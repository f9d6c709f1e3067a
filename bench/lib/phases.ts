/**
 * The benchmark's phases, child processes of the bench: validate, the site's build (its steps
 * side by side as `npm run build` runs them), and the bare-Astro floor's build and index. Logs
 * go to files; a failure prints the tail.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSteps, siteBuildSteps, stepCommand } from '../../src/build/build-steps.ts';
import { runMeasured, watchChildrenMemory, type Measured } from './run-measured.ts';

/** Absolute path of the repository root (this file lives in bench/lib/). */
export const REPO = resolve(import.meta.dirname, '../..');

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const SEARCH_INDEX = join(REPO, 'src/build/search-index/step.ts');
const POST_BUILD = join(REPO, 'src/build/outputs/step.ts');

/** A named phase's measurement. */
export interface PhaseResult extends Measured {
  phase: string;
}

/** How a measured child runs: where, with which environment on top of the bench's, stopped by what. */
interface LoggedRun {
  cwd?: string;
  env?: Record<string, string>;
  signal?: AbortSignal;
}

/** Runs `command args` measured, its output going to the file `log` (emptied first). */
function runLogged(
  command: string,
  args: readonly string[],
  log: string,
  { cwd = REPO, env, signal }: LoggedRun = {},
): Promise<Measured> {
  writeFileSync(log, '');
  return runMeasured(command, args, {
    cwd,
    // Telemetry would try the network; the bench must measure the build, not a timeout.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    log: (chunk) => appendFileSync(log, chunk),
    ...(signal && { signal }),
  });
}

/** The error of a failed child: what failed, and the last lines of its log. */
function failure(what: string, log: string): Error {
  const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
  return new Error(`${what}; last lines of ${log}:\n${tail}`);
}

/** Runs a Node script (under the same Node as the bench) as a measured phase, logging to `log`. */
export async function nodePhase(
  phase: string,
  args: readonly string[],
  log: string,
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<PhaseResult> {
  const result = await runLogged(process.execPath, args, log, options);
  if (result.exitCode !== 0) throw failure(`${phase} failed (exit ${result.exitCode})`, log);
  return { phase, ...result };
}

/** `npm run validate -- <dir>` as a phase. */
export function validatePhase(corpus: string, log: string): Promise<PhaseResult> {
  return nodePhase('validate', [join(REPO, 'scripts/validate.ts'), corpus, '--quiet'], log);
}

/** `astro build --outDir <out>` of the project at `root` as a phase. */
export function astroBuildPhase(
  phase: string,
  root: string,
  outDir: string,
  log: string,
  env: Record<string, string>,
): Promise<PhaseResult> {
  return nodePhase(phase, [ASTRO, 'build', '--root', root, '--outDir', outDir], log, { cwd: root, env });
}

/** The project's post-build step (social images, records, badges, redirects) over `siteDir` as a phase. */
export function postBuildPhase(
  phase: string,
  siteDir: string,
  log: string,
  env: Record<string, string>,
): Promise<PhaseResult> {
  return nodePhase(phase, [POST_BUILD], log, { env: { ...env, DIST_DIR: siteDir } });
}

/** The whole build and each of its steps. */
export interface SiteBuildResult {
  /** Wall time of all steps as they overlap, their CPU added up, the peak of their memory summed. */
  total: PhaseResult;
  /** Each step on its own, by step name. */
  steps: Record<string, PhaseResult>;
}

/**
 * The site's build steps over `siteDir`, run as `npm run build` runs them (src/build/build-steps.ts:
 * side by side where their order allows), each measured and logged to `<logPrefix><step>.log`.
 */
export async function siteBuildPhase(
  phase: string,
  siteDir: string,
  logPrefix: string,
  env: Record<string, string>,
): Promise<SiteBuildResult> {
  const steps: Record<string, PhaseResult> = {};
  const stop = new AbortController();
  const logOf = (name: string) => `${logPrefix}${name.replaceAll(' ', '-')}.log`;
  const memory = watchChildrenMemory(process.pid);
  const started = performance.now();
  const failed = await runSteps(siteBuildSteps(), (step) => {
    const { command, args } = stepCommand(step);
    const done = runLogged(command, args, logOf(step.name), {
      env: { ...env, DIST_DIR: siteDir },
      signal: stop.signal,
    }).then((measured) => {
      steps[step.name] = { phase: `${phase}: ${step.name}`, ...measured };
      return measured.exitCode === 0;
    });
    return { done, stop: () => stop.abort() };
  });
  const wallMs = Math.round(performance.now() - started);
  const sampledPeak = memory();
  if (failed !== null) throw failure(`${phase}: ${failed} failed`, logOf(failed));
  // The two samplers tick apart: a step's own peak can fall between the whole build's samples.
  const peakRssMb = Math.max(sampledPeak, ...Object.values(steps).map((r) => r.peakRssMb));
  const cpu = Object.values(steps).map((r) => r.cpuMs);
  const cpuMs = cpu.includes(null) ? null : cpu.reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
  return { total: { phase, wallMs, cpuMs, peakRssMb, exitCode: 0 }, steps };
}

/** The project's Pagefind step (src/build/search-index/step.ts) over `siteDir` as a phase. */
export function pagefindPhase(
  phase: string,
  siteDir: string,
  log: string,
  env: Record<string, string>,
): Promise<PhaseResult> {
  if (!existsSync(siteDir)) throw new Error(`${phase}: ${siteDir} does not exist`);
  return nodePhase(phase, [SEARCH_INDEX], log, { env: { ...env, DIST_DIR: siteDir } });
}
