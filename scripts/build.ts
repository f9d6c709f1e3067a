/**
 * `npm run build`: validates the content and resolves the site once (Astro never starts on content
 * with errors), hands it to every step as a snapshot, then runs the build steps (Astro, social images, search index, post-build outputs; see
 * src/build/build-steps.ts for their order) into a staging folder and swaps it in for DIST_DIR
 * only when all of them succeeded. A failed build exits 1 and leaves the last
 * good DIST_DIR byte for byte as it was. The steps stay runnable on their own with DIST_DIR set.
 */
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheFolder, CONTENT_DIR, DIST_DIR } from '../src/config.ts';
import { oneLine } from '../src/core/messages/one-line.ts';
import { formatProblem } from '../src/core/messages/problems.ts';
import { buildDay } from '../src/fs/build-day.ts';
import { handSiteToSteps, loadContent } from '../src/fs/site-loader.ts';
import { dropCacheOfOtherSetup } from '../src/build/astro-cache.ts';
import { buildAtomically, outputFolderProblem } from '../src/build/atomic-build.ts';
import { siteBuildSteps } from '../src/build/build-steps.ts';

const dist = resolve(DIST_DIR);
// An environment value, printed: escaped so a hostile one cannot forge lines of output.
const shownDist = oneLine(DIST_DIR, 300);

process.exitCode = await build();

async function build(): Promise<number> {
  const problem = outputFolderProblem(dist);
  if (problem !== null) {
    console.error(`build: ${problem}`);
    return 2;
  }
  // What a failure leaves: the last good build, or nothing at all where there never was one.
  const left = existsSync(dist)
    ? `${shownDist} still holds the last good build`
    : `nothing was written to ${shownDist}`;
  let loaded;
  try {
    // One day for the whole build: every step reads BUILD_DATE instead of the clock.
    process.env['BUILD_DATE'] = buildDay();
    loaded = loadContent(CONTENT_DIR);
  } catch (error) {
    console.error(`build: ${oneLine((error as Error).message)}; ${shownDist} was left as it was.`);
    return 1;
  }
  for (const problem of loaded.problems) {
    const print = { error: console.error, warning: console.warn, notice: console.log }[problem.severity];
    print(formatProblem(problem));
  }
  if (!loaded.site) {
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    console.error(
      `✗ ${errors} error(s) in ${CONTENT_DIR}: nothing was built and ${shownDist} was left as it was.`,
    );
    return 1;
  }
  // `SITE_BUILDS_LOG` names a file that gets one line per site build started: CI counts them.
  const buildsLog = process.env['SITE_BUILDS_LOG'];
  if (buildsLog) appendFileSync(buildsLog, `${CONTENT_DIR} -> ${DIST_DIR}\n`);
  // Every step reads the site resolved here rather than loading and validating the content again.
  if (dropCacheOfOtherSetup(cacheFolder('astro'), resolve(import.meta.dirname, '..'))) {
    console.log(
      'build: the page cache was made with other code, configuration or lock file; every page is rendered',
    );
  }
  const snapshotDir = mkdtempSync(join(tmpdir(), 'site-snapshot-'));
  let failed: string | null;
  try {
    handSiteToSteps(loaded.site, join(snapshotDir, 'site.bin'));
    failed = await buildAtomically(dist, siteBuildSteps());
  } catch (error) {
    console.error(`✗ build failed: ${oneLine((error as Error).message)}; ${left}.`);
    return 1;
  } finally {
    rmSync(snapshotDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error(`✗ build failed at ${failed}: ${left}.`);
    return 1;
  }
  console.log(`✓ built into ${shownDist} as published on ${process.env['BUILD_DATE']}`);
  return 0;
}
