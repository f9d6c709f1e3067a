/**
 * `npm run bench -- --comparisons M [--json] [--cold] [--tools N] [--touch-one]`: generates (or reuses) a
 * synthetic corpus of M comparisons under .bench/, then in one run measures validation, the full
 * site build (astro build + post-build + Pagefind, into a separate outDir) and the floor (a bare Astro project
 * with M pages of the same text size, plus Pagefind). Prints a progress line per phase and, last,
 * one JSON line. `--cold` empties the social-image cache first; `--seed-og-cache` fills it with
 * placeholder copies of one real image (see scripts/bench/seed-og-cache.ts) so a warm build can
 * be measured without first rendering every image. The full build always starts with empty
 * incremental caches (Astro's pages, search bundles); `--touch-one` then changes one verdict
 * file, builds again with those caches (the one-file rebuild), and puts the file back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FLOOR_SHARD_PAGES, writeFloorProject } from './bench/floor.ts';
import { countFiles, countPages, dirSizeMb, meanTextLength } from './bench/outputs.ts';
import {
  astroBuildPhase,
  combinePhases,
  nodePhase,
  pagefindPhase,
  postBuildPhase,
  REPO,
  validatePhase,
  type PhaseResult,
} from './bench/phases.ts';

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
const ogCache = join(bench, `og-cache-${m}`);
const astroCache = join(bench, `astro-cache-${m}`);
const searchCache = join(bench, `search-cache-${m}`);
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
  const corpusArgs = [join(REPO, 'scripts/corpus.ts'), '--comparisons', String(m), '--out', corpus];
  if (values.tools) corpusArgs.push('--tools', values.tools);
  const generated = await nodePhase('corpus', corpusArgs, join(run, 'corpus.log'));
  report(generated, ` (${corpus})`);

  const validate = await validatePhase(corpus, join(run, 'validate.log'));
  report(validate);

  if (values.cold) rmSync(ogCache, { recursive: true, force: true });
  if (values['seed-og-cache']) {
    const env = { CONTENT_DIR: corpus, OG_CACHE_DIR: ogCache };
    report(
      await nodePhase(
        'seed social-image cache',
        [join(REPO, 'scripts/bench/seed-og-cache.ts')],
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
  const siteEnv = { CONTENT_DIR: corpus, OG_CACHE_DIR: ogCache, ASTRO_CACHE_DIR: astroCache };
  const searchEnv = { SEARCH_CACHE_DIR: searchCache };
  const astroBuild = await astroBuildPhase('astro build', REPO, dist, join(run, 'build.log'), siteEnv);
  report(astroBuild);
  const postBuild = await postBuildPhase('post-build', dist, join(run, 'post-build.log'), siteEnv);
  report(postBuild, ` (social images: ${cachedImages} cached before, ${cachedImages ? 'warm' : 'cold'})`);
  // "build" stays what `npm run build` does before the search index, so rows compare across versions.
  const build = combinePhases('build', astroBuild, postBuild);
  report(build);

  const pagefind = await pagefindPhase('pagefind', dist, join(run, 'pagefind.log'), searchEnv);
  report(pagefind);
  const distFiles = countFiles(dist);
  const distMb = dirSizeMb(dist);

  const rebuild = values['touch-one'] ? await rebuildOne(siteEnv, searchEnv) : null;

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
  const floorPagefind = await pagefindPhase('floor pagefind', floorDist, join(run, 'floor-pagefind.log'), {
    SEARCH_CACHE_DIR: 'off',
    SEARCH_SHARD_PAGES: String(FLOOR_SHARD_PAGES),
  });
  report(floorPagefind);

  const phases = [validate, build, pagefind, floorBuild, floorPagefind];
  const floorMs = floorBuild.wallMs + floorPagefind.wallMs;
  const cpu = (r: PhaseResult) => r.cpuMs ?? Number.NaN;
  const floorCpu = cpu(floorBuild) + cpu(floorPagefind);
  const result = {
    comparisons: m,
    pages,
    validateMs: validate.wallMs,
    buildMs: build.wallMs,
    astroBuildMs: astroBuild.wallMs,
    postBuildMs: postBuild.wallMs,
    pagefindMs: pagefind.wallMs,
    floorMs,
    ratio: round2((build.wallMs + pagefind.wallMs) / floorMs),
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
      astroBuild: astroBuild.cpuMs,
      postBuild: postBuild.cpuMs,
      pagefind: pagefind.cpuMs,
      floorBuild: floorBuild.cpuMs,
      floorPagefind: floorPagefind.cpuMs,
    },
    cpuRatio: round2((cpu(build) + cpu(pagefind)) / floorCpu),
    peakRssMbByPhase: Object.fromEntries(phases.map((r) => [r.phase, r.peakRssMb])),
    ...(rebuild && {
      rebuildOneMs: rebuild.total.wallMs,
      rebuildOneShare: round2(rebuild.total.wallMs / (build.wallMs + pagefind.wallMs)),
      rebuildOneCpuShare: round2(cpu(rebuild.total) / (cpu(build) + cpu(pagefind))),
      rebuildOne: {
        file: rebuild.file,
        astroBuildMs: rebuild.astroBuild.wallMs,
        postBuildMs: rebuild.postBuild.wallMs,
        pagefindMs: rebuild.pagefind.wallMs,
        cpuMs: {
          astroBuild: rebuild.astroBuild.cpuMs,
          postBuild: rebuild.postBuild.cpuMs,
          pagefind: rebuild.pagefind.cpuMs,
        },
        peakRssMb: rebuild.total.peakRssMb,
      },
    }),
  };
  if (!values.json) {
    progress(
      `build + pagefind ${seconds(build.wallMs + pagefind.wallMs)} vs floor ${seconds(floorMs)}: ratio ${result.ratio} (CPU ratio ${result.cpuRatio}); ${pages} pages, ${result.distMb} MB, index ${result.searchIndexMb} MB`,
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
async function rebuildOne(siteEnv: Record<string, string>, searchEnv: Record<string, string>) {
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
    const astroBuild = await astroBuildPhase(
      'rebuild one: astro build',
      REPO,
      dist,
      join(run, 'rebuild-build.log'),
      siteEnv,
    );
    report(astroBuild);
    const postBuild = await postBuildPhase(
      'rebuild one: post-build',
      dist,
      join(run, 'rebuild-post-build.log'),
      siteEnv,
    );
    report(postBuild);
    const pagefind = await pagefindPhase(
      'rebuild one: pagefind',
      dist,
      join(run, 'rebuild-pagefind.log'),
      searchEnv,
    );
    report(pagefind);
    const total = combinePhases('rebuild one', combinePhases('build', astroBuild, postBuild), pagefind);
    report(total);
    return { file: file.slice(corpus.length + 1), astroBuild, postBuild, pagefind, total };
  } finally {
    writeFileSync(file, original);
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
