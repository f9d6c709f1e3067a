/**
 * The steps of `npm run build` and the order they depend on. Steps whose dependencies are done
 * run side by side: the social images are drawn while Astro renders pages and Pagefind indexes
 * them, at a lower CPU priority, so they take the CPU those steps leave idle and the pages are
 * not slowed; post-build writes the records, badges and redirect pages while Pagefind indexes.
 * A cold build of 20,000 comparisons spends most of its CPU on images; run one after the other,
 * the steps left most of a second core idle for two minutes (docs/performance.md).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One step of a build: a command that writes into the folder named by `DIST_DIR`. */
export interface BuildStep {
  name: string;
  command: string;
  args: readonly string[];
  /** Steps that must have succeeded before this one starts; none: it starts at once. */
  after?: readonly string[];
  /** Runs at a lower CPU priority: it only takes CPU the other steps leave idle. */
  background?: boolean;
}

const REPO = resolve(import.meta.dirname, '../..');
const script = (path: string) => join(REPO, path);

/**
 * The site's build. Astro empties its output folder first, so nothing else may write into it
 * before Astro is done; the images are drawn into their cache meanwhile and placed by post-build.
 * Post-build runs beside the search index: it writes outside the indexed pages, and the redirect
 * pages it adds among them never carry the search mark (see src/build/search-index/search-index.ts).
 */
export function siteBuildSteps(node = process.execPath): BuildStep[] {
  return [
    { name: 'astro build', command: node, args: [script('node_modules/astro/bin/astro.mjs'), 'build'] },
    {
      name: 'social images',
      command: node,
      args: [script('src/build/social-images/step.ts')],
      background: true,
    },
    {
      name: 'search index',
      command: node,
      args: [script('src/build/search-index/step.ts')],
      after: ['astro build'],
    },
    {
      name: 'suggestion index',
      command: node,
      args: [script('src/build/suggest-index/step.ts')],
      after: ['astro build'],
    },
    {
      name: 'post-build',
      command: node,
      args: [script('src/build/outputs/step.ts')],
      after: ['astro build', 'social images'],
    },
  ];
}

/** Niceness of background steps: at 10 the kernel gives them about a tenth of a busy core. */
const BACKGROUND_NICENESS = '10';
const NICE = '/usr/bin/nice';

/** The command line that runs a step: a background step goes through `nice` where there is one. */
export function stepCommand(step: BuildStep): { command: string; args: string[] } {
  // nice(1) lowers the priority before the program starts, so every thread it makes inherits it;
  // os.setPriority on a running Node would reach its main thread only.
  if (step.background && existsSync(NICE))
    return { command: NICE, args: ['-n', BACKGROUND_NICENESS, step.command, ...step.args] };
  return { command: step.command, args: [...step.args] };
}

/** A started step: resolves true when it succeeded; `stop` ends it early. */
export interface RunningStep {
  done: Promise<boolean>;
  stop(): void;
}

/** Throws when a step names a dependency that is not a step before it (which also rules out cycles). */
function checkOrder(steps: readonly BuildStep[]): void {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.name)) throw new Error(`build step "${step.name}" is listed twice`);
    for (const dependency of step.after ?? [])
      if (!seen.has(dependency))
        throw new Error(
          `build step "${step.name}" runs after "${dependency}", which is not listed before it`,
        );
    seen.add(step.name);
  }
}

/**
 * Runs every step as soon as the steps it comes after have succeeded. On the first failure the
 * running steps are stopped and no other starts. Resolves, once nothing runs any more, with the
 * failed step's name or null when all succeeded.
 */
export function runSteps(
  steps: readonly BuildStep[],
  start: (step: BuildStep) => RunningStep,
): Promise<string | null> {
  checkOrder(steps);
  const succeeded = new Set<string>();
  const running = new Map<string, RunningStep>();
  let failed: string | null = null;
  return new Promise((resolveAll) => {
    const launch = () => {
      for (const step of failed === null ? steps : []) {
        if (succeeded.has(step.name) || running.has(step.name)) continue;
        if (!(step.after ?? []).every((name) => succeeded.has(name))) continue;
        let run: RunningStep;
        try {
          run = start(step);
        } catch {
          // A step that cannot even start has failed; the others still end as on any failure.
          run = { done: Promise.resolve(false), stop: () => {} };
        }
        running.set(step.name, run);
        run.done.then(
          (ok) => settle(step.name, ok),
          () => settle(step.name, false),
        );
      }
      if (running.size === 0) resolveAll(failed);
    };
    const settle = (name: string, ok: boolean) => {
      running.delete(name);
      if (ok) succeeded.add(name);
      else if (failed === null) {
        failed = name;
        for (const other of running.values()) other.stop();
      }
      launch();
    };
    launch();
  });
}
