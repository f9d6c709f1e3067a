/**
 * The benchmark's phases, each a child process of the bench: validate, build, index, and the
 * same build and index for the bare-Astro floor. Logs go to files; a failure prints the tail.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runMeasured, type Measured } from './run-measured.ts';

/** Absolute path of the repository root (this file lives in scripts/bench/). */
export const REPO = resolve(import.meta.dirname, '../..');

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const SEARCH_INDEX = join(REPO, 'scripts/search-index.ts');
const POST_BUILD = join(REPO, 'scripts/post-build.ts');

/** A named phase's measurement. */
export interface PhaseResult extends Measured {
  phase: string;
}

/** Runs a Node script (under the same Node as the bench) as a measured phase, logging to `log`. */
export async function nodePhase(
  phase: string,
  args: readonly string[],
  log: string,
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<PhaseResult> {
  writeFileSync(log, '');
  const result = await runMeasured(process.execPath, args, {
    cwd: options.cwd ?? REPO,
    // Telemetry would try the network; the bench must measure the build, not a timeout.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    log: (chunk) => appendFileSync(log, chunk),
  });
  if (result.exitCode !== 0) {
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    throw new Error(`${phase} failed (exit ${result.exitCode}); last lines of ${log}:\n${tail}`);
  }
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

/** The project's post-build step (social images and JSON records) over `siteDir` as a phase. */
export function postBuildPhase(
  phase: string,
  siteDir: string,
  log: string,
  env: Record<string, string>,
): Promise<PhaseResult> {
  return nodePhase(phase, [POST_BUILD], log, { env: { ...env, DIST_DIR: siteDir } });
}

/** Two phases that run one after the other, measured as one: times add up, memory is the higher. */
export function combinePhases(phase: string, first: PhaseResult, second: PhaseResult): PhaseResult {
  return {
    phase,
    wallMs: first.wallMs + second.wallMs,
    cpuMs: first.cpuMs === null || second.cpuMs === null ? null : first.cpuMs + second.cpuMs,
    peakRssMb: Math.max(first.peakRssMb, second.peakRssMb),
    exitCode: 0,
  };
}

/** The project's Pagefind step (scripts/search-index.ts) over `siteDir` as a phase. */
export function pagefindPhase(
  phase: string,
  siteDir: string,
  log: string,
  env: Record<string, string>,
): Promise<PhaseResult> {
  if (!existsSync(siteDir)) throw new Error(`${phase}: ${siteDir} does not exist`);
  return nodePhase(phase, [SEARCH_INDEX], log, { env: { ...env, DIST_DIR: siteDir } });
}
