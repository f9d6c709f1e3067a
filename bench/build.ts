/**
 * `npm run bench -- --comparisons M [--json] [--cold] [--tools N] [--touch-one]`: generates (or reuses) a
 * synthetic corpus of M comparisons under .bench/, then in one run measures validation, the full
 * site build (the steps of `npm run build`, side by side as it runs them: astro build, social images,
 * search index, post-build; into a separate outDir) and the floor (a bare Astro project with M pages
 * of the same text size, plus Pagefind). Prints a progress line per phase and, last,
 * one JSON line. `--cold` empties the social-image cache first; `--seed-og-cache` fills it with
 * placeholder copies of one real image (see bench/lib/seed-og-cache.ts) so a warm build can
 * be measured without first rendering every image. The full build always starts with empty
 * incremental caches (Astro's pages, search bundles); `--touch-one` then changes one verdict
 * file, builds again with those caches (the one-file rebuild), and puts the file back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FLOOR_SHARD_PAGES, writeFloorProject } from './lib/floor.ts';
import { countFiles, countPages, dirSizeMb, meanTextLength } from './lib/outputs.ts';
import {
  astroBuildPhase,
  nodePhase,
  pagefindPhase,
  REPO,
  siteBuildPhase,
  validatePhase,
  type PhaseResult,
  type SiteBuildResult,
} from './lib/phases.ts';

const { values } = parseArgs({
  options: {
    comparisons: { type: 'string' },
    tools: { type: 'string' },
    json: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    'seed-og-cache': { type: 'boolean', default: false },
    'touch-one': { type: 'boolean', default: false },
  },
});
const m = Number(values.comparisons);
if (!Number.isInteger(m) || m < 1) {
  console.error(
    'usage: npm run bench -- --comparisons M [--json] [--cold | --seed-og-cache] [--tools N] [--touch-one]',
  );
  process.exit(2);
}

const bench = join(REPO, '.bench');
const corpus = join(bench, `corpus-${m}`);
const run = join(bench, `run-${m}`);
const dist = join(run, 'dist');
// The site's CACHE_DIR for this corpus: one sub-folder per build step, as src/config.ts lays it out.
const caches = join(bench, `cache-${m}`);
const ogCache = join(caches, 'og');
const astroCache = join(caches, 'astro');
const searchCache = join(caches, 'search');
const suggestCache = join(caches, 'suggest');
const floor = join(bench, `floor-${m}`);
const floorDist = join(floor, 'dist');
mkdirSync(run, { recursive: true });

const progress = (line: string) => console.error(`[bench ${m}] ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const report = (r: PhaseResult, extra = '') =>
  progress(
    `${r.phase}: ${seconds(r.wallMs)} wall${r.cpuMs === null ? '' : `, ${seconds(r.cpuMs)} CPU`}, peak ${r.peakRssMb} MB${extra}`,
  );

try {
  const corpusArgs = [join(REPO, 'bench/corpus.ts'), '--comparisons', String(m), '--out', corpus];
  if (values.tools) corpusArgs.push('--tools', values.tools);
  const generated = await nodePhase('corpus', corpusArgs, join(run, 'corpus.log'));
  report(generated, ` (${corpus})`);

  const validate = await validatePhase(corpus, join(run, 'validate.log'));
  report(validate);

  if (values.cold) rmSync(ogCache, { recursive: true, force: true });
  if (values['seed-og-cache']) {
    const env = { CONTENT_DIR: corpus, CACHE_DIR: caches };
    report(
      await nodePhase(
        'seed social-image cache',
        [join(REPO, 'bench/lib/seed-og-cache.ts')],
        join(run, 'seed-og.log'),
        { env },
      ),
    );
  }
  const cachedImages = existsSync(ogCache) ? readdirSync(ogCache).length : 0;
  rmSync(dist, { recursive: true, force: true });
  // A full build: nothing may come from an earlier build but the social images.
  rmSync(astroCache, { recursive: true, force: true });
  rmSync(searchCache, { recursive: true, force: true });
  rmSync(suggestCache, { recursive: true, force: true });
  const siteEnv = {
    CONTENT_DIR: corpus,
    CACHE_DIR: caches,
  };
  const full = await siteBuildPhase('build', dist, join(run, 'build-'), siteEnv);
  reportSteps(full, ` (social images: ${cachedImages} cached before, ${cachedImages ? 'warm' : 'cold'})`);
  const build = full.total;
  const pagefind = step(full, 'search index');
  const distFiles = countFiles(dist);
  const distMb = dirSizeMb(dist);

  const rebuild = values['touch-one'] ? await rebuildOne(siteEnv) : null;

  const pages = countPages(dist);
  const slugs = readdirSync(join(corpus, 'comparisons')).map((f) => f.replace(/\.md$/, ''));
  const textChars = meanTextLength(
    slugs.slice(0, 100).map((slug) => join(dist, 'compare', slug, 'index.html')),
  );
  const dataDir = writeFloorProject(floor, m, textChars);
  progress(`floor: ${m} pages of ~${textChars} text characters in ${floor}`);
  const floorBuild = await astroBuildPhase('floor build', floor, floorDist, join(run, 'floor-build.log'), {
    FLOOR_DATA: dataDir,
  });
  report(floorBuild);
  // The floor indexes from scratch: an empty cache folder of its own.
  const floorCache = join(run, 'floor-cache');
  rmSync(floorCache, { recursive: true, force: true });
  const floorPagefind = await pagefindPhase('floor pagefind', floorDist, join(run, 'floor-pagefind.log'), {
    CACHE_DIR: floorCache,
    SEARCH_SHARD_PAGES: String(FLOOR_SHARD_PAGES),
  });
  report(floorPagefind);

  const phases = [validate, build, floorBuild, floorPagefind];
  const floorMs = floorBuild.wallMs + floorPagefind.wallMs;
  const cpu = (r: PhaseResult) => r.cpuMs ?? Number.NaN;
  const floorCpu = cpu(floorBuild) + cpu(floorPagefind);
  const stepMs = (result: SiteBuildResult) => ({
    astroBuildMs: step(result, 'astro build').wallMs,
    ogImagesMs: step(result, 'social images').wallMs,
    pagefindMs: step(result, 'search index').wallMs,
    postBuildMs: step(result, 'post-build').wallMs,
  });
  const stepCpuMs = (result: SiteBuildResult) => ({
    astroBuild: step(result, 'astro build').cpuMs,
    ogImages: step(result, 'social images').cpuMs,
    pagefind: step(result, 'search index').cpuMs,
    postBuild: step(result, 'post-build').cpuMs,
  });
  const result = {
    comparisons: m,
    pages,
    validateMs: validate.wallMs,
    // The whole build as `npm run build` runs it after validation, search index included; the
    // steps overlap, so their times below add up to more than this.
    buildMs: build.wallMs,
    ...stepMs(full),
    floorMs,
    ratio: round2(build.wallMs / floorMs),
    peakRssMb: Math.max(...phases.map((r) => r.peakRssMb)),
    distMb,
    distFiles,
    searchIndexMb: dirSizeMb(join(dist, 'pagefind')),
    // Beyond the headline figures: CPU time is steadier than wall time on a shared machine.
    tools: readdirSync(join(corpus, 'tools')).length,
    ogCache: values['seed-og-cache'] ? 'seeded' : cachedImages ? 'warm' : 'cold',
    floorPages: countPages(floorDist),
    floorBuildMs: floorBuild.wallMs,
    floorPagefindMs: floorPagefind.wallMs,
    cpuMs: {
      validate: validate.cpuMs,
      build: build.cpuMs,
      ...stepCpuMs(full),
      floorBuild: floorBuild.cpuMs,
      floorPagefind: floorPagefind.cpuMs,
    },
    cpuRatio: round2(cpu(build) / floorCpu),
    peakRssMbByPhase: Object.fromEntries(phases.map((r) => [r.phase, r.peakRssMb])),
    peakRssMbByStep: Object.fromEntries(Object.entries(full.steps).map(([name, r]) => [name, r.peakRssMb])),
    ...(rebuild && {
      rebuildOneMs: rebuild.total.wallMs,
      rebuildOneShare: round2(rebuild.total.wallMs / build.wallMs),
      rebuildOneCpuShare: round2(cpu(rebuild.total) / cpu(build)),
      rebuildOne: {
        file: rebuild.file,
        ...stepMs(rebuild),
        cpuMs: stepCpuMs(rebuild),
        peakRssMb: rebuild.total.peakRssMb,
      },
    }),
  };
  if (!values.json) {
    progress(
      `build ${seconds(build.wallMs)} (search index ${seconds(pagefind.wallMs)} of it) vs floor ${seconds(floorMs)}: ratio ${result.ratio} (CPU ratio ${result.cpuRatio}); ${pages} pages, ${result.distMb} MB, index ${result.searchIndexMb} MB`,
    );
  }
  console.log(JSON.stringify(result));
} catch (error) {
  console.error(`[bench ${m}] ${(error as Error).message}`);
  process.exit(1);
}

/**
 * The one-file rebuild: flips the call of the first verdict file (ship <-> skip), which changes
 * the tool's figures on its page and its comparisons, builds again with the caches of the full
 * build, and restores the file whatever happens.
 */
async function rebuildOne(siteEnv: Record<string, string>) {
  const verdicts = join(corpus, 'verdicts');
  const tool = readdirSync(verdicts).sort()[0] as string;
  const round = readdirSync(join(verdicts, tool)).sort()[0] as string;
  const file = join(verdicts, tool, round, readdirSync(join(verdicts, tool, round)).sort()[0] as string);
  const original = readFileSync(file, 'utf8');
  const flipped = original.replace(
    /^verdict: (ship|skip)$/m,
    (_, call) => `verdict: ${call === 'ship' ? 'skip' : 'ship'}`,
  );
  if (flipped === original) throw new Error(`--touch-one: no verdict line in ${file}`);
  writeFileSync(file, flipped);
  try {
    const rebuild = await siteBuildPhase('rebuild one', dist, join(run, 'rebuild-'), siteEnv);
    reportSteps(rebuild);
    return { file: file.slice(corpus.length + 1), ...rebuild };
  } finally {
    writeFileSync(file, original);
  }
}

/** One step's measurement; every build has all four. */
function step(result: SiteBuildResult, name: string): PhaseResult {
  const measured = result.steps[name];
  if (!measured) throw new Error(`${result.total.phase}: no "${name}" step was measured`);
  return measured;
}

/** A progress line per step, then one for the whole build. */
function reportSteps(result: SiteBuildResult, extra = ''): void {
  for (const measured of Object.values(result.steps)) report(measured);
  report(result.total, extra);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
