/**
 * `npm run build`: validates the content first (Astro never starts on content with errors), then
 * runs the build steps (Astro, social images, search index, post-build outputs; see
 * src/build/build-steps.ts for their order) into a staging folder and swaps it in for DIST_DIR
 * only when all of them succeeded. A failed build exits 1 and leaves the last
 * good DIST_DIR byte for byte as it was. The steps stay runnable on their own with DIST_DIR set.
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR, DIST_DIR } from '../src/config.ts';
import { oneLine } from '../src/core/messages/one-line.ts';
import { formatProblem } from '../src/core/messages/problems.ts';
import { validateContentDir } from '../src/fs/validate-dir.ts';
import { buildAtomically } from '../src/build/atomic-build.ts';
import { siteBuildSteps } from '../src/build/build-steps.ts';

const dist = resolve(DIST_DIR);

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
  // `SITE_BUILDS_LOG` names a file that gets one line per site build started: CI counts them.
  const buildsLog = process.env['SITE_BUILDS_LOG'];
  if (buildsLog) appendFileSync(buildsLog, `${CONTENT_DIR} -> ${DIST_DIR}\n`);
  const failed = await buildAtomically(dist, siteBuildSteps());
  if (failed) {
    console.error(`✗ build failed at ${failed}: ${DIST_DIR} still holds the last good build.`);
    return 1;
  }
  console.log(`✓ built into ${DIST_DIR}`);
  return 0;
}
