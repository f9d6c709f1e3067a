/**
 * `npm run build`: validates the content first (Astro never starts on content with errors), then
 * runs the build steps (Astro, post-build outputs, search index) into a staging folder and swaps
 * it in for DIST_DIR only when all of them succeeded. A failed build exits 1 and leaves the last
 * good DIST_DIR byte for byte as it was. The steps stay runnable on their own with DIST_DIR set.
 */
import { resolve } from 'node:path';
import { CONTENT_DIR, DIST_DIR } from '../src/config.ts';
import { oneLine } from '../src/core/one-line.ts';
import { formatProblem } from '../src/core/problems.ts';
import { validateContentDir } from '../src/fs/validate-dir.ts';
import { buildAtomically, type BuildStep } from './lib/atomic-build.ts';

const dist = resolve(DIST_DIR);
const node = process.execPath;
const STEPS: BuildStep[] = [
  { name: 'astro build', command: node, args: ['node_modules/astro/bin/astro.mjs', 'build'] },
  { name: 'post-build', command: node, args: ['scripts/post-build.ts'] },
  { name: 'search index', command: node, args: ['scripts/search-index.ts'] },
];

process.exitCode = await build();

async function build(): Promise<number> {
  let validation;
  try {
    validation = validateContentDir(CONTENT_DIR);
  } catch (error) {
    console.error(`build: ${oneLine((error as Error).message)}; ${DIST_DIR} was left as it was.`);
    return 1;
  }
  for (const problem of validation.problems) {
    (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  }
  if (!validation.ok) {
    const errors = validation.problems.filter((p) => p.severity === 'error').length;
    console.error(
      `✗ ${errors} error(s) in ${CONTENT_DIR}: nothing was built and ${DIST_DIR} was left as it was.`,
    );
    return 1;
  }
  const failed = await buildAtomically(dist, STEPS);
  if (failed) {
    console.error(`✗ build failed at ${failed}: ${DIST_DIR} still holds the last good build.`);
    return 1;
  }
  console.log(`✓ built into ${DIST_DIR}`);
  return 0;
}
