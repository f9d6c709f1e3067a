/**
 * The two sites the build and end-to-end tiers test, and the one definition of how they are built.
 *
 * - `fixture`: the frozen seed site (tests/fixtures/site), for every test that expects exact pages.
 * - `live`: `content/` as it is plus what the next editor adds (tests/support/next-editor.ts), built
 *   the way an editor previews it (`npm run preview -- <a> <b> --no-serve`). Only what holds for any
 *   valid content is checked on it.
 *
 * Both are built with TEST_BUILD_SETTINGS from empty caches into `.test-sites/<name>/`. A site is
 * built again only when what it was built from changed (a digest of the code, the settings and its
 * content is kept beside it), so `npm run build:test`, the build tier and the end-to-end tier share
 * one build of each.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { todayIso } from '../../src/core/content.ts';
import { addNextEditorContent, type NextEditorAdditions } from './next-editor.ts';
import { PROJECT_ROOT } from './paths.ts';
import { FIXTURE_SITE_DIR } from './fixture-site.ts';

/** The settings every test site is built with, beside the default deployment's environment. */
export const TEST_BUILD_SETTINGS = {
  // Three pages per search bundle: the seed site's seven indexed pages come in three bundles, so
  // every search spec runs on the merged index a large site gets.
  SEARCH_SHARD_PAGES: '3',
  // Both servers under test answer reversed pairs by rule, as a Worker deploy does; the redirect
  // pages of plain static hosts are covered by unit tests.
  REDIRECT_PAGES: 'off',
  // Badges likewise come from their packs, answered by the server (both writers are unit-tested).
  BADGE_FILES: 'off',
  REPOSITORY_URL: 'https://github.com/example/shipworthy',
  // The default, written out so tests read the sample size the pages were built with.
  VOTES_MIN_SAMPLE: '10',
} as const;

/** Settings a developer's shell may hold that would make a test site differ from the default one. */
const UNSET = [
  'NEWSLETTER_ACTION',
  'VOTES',
  'TURNSTILE_SITE_KEY',
  'TURNSTILE_SECRET_KEY',
  'SITE_URL',
  'CONTENT_DIR',
  'DIST_DIR',
  'CACHE_DIR',
  'SEARCH_CHUNK_SIZE',
];

/** Variables a test runner sets for the code it runs, which a site build must not see. */
const RUNNER_VARIABLES = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);

/** The environment of the default deployment: no newsletter provider, no telemetry calls, votes on. */
export function defaultSiteEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of UNSET) delete env[name];
  // What a test runner puts in its workers' environment (Vitest: NODE_ENV=test, DEV=1, MODE, …)
  // would make Astro build a development site.
  for (const name of Object.keys(env))
    if (RUNNER_VARIABLES.has(name) || name.startsWith('VITEST')) delete env[name];
  return env;
}

export type TestSiteName = 'fixture' | 'live';

/** Where a test site lives. */
export interface TestSite {
  name: TestSiteName;
  /** Its folder under `.test-sites/`. */
  root: string;
  /** The content it shows, for tests to read what to expect. */
  content: string;
  /**
   * The folder its build read the content from. Page cache keys include the content folder's path,
   * so a build that is to reuse this site's caches must read its content from the same path.
   */
  buildContent: string;
  /** The built site. */
  dist: string;
  /** The caches its build filled (Astro pages, social images, search bundles). */
  caches: string;
}

const SITES_DIR = join(PROJECT_ROOT, '.test-sites');

/** The place of each test site. */
export function testSite(name: TestSiteName): TestSite {
  const root = join(SITES_DIR, name);
  const content = name === 'fixture' ? join(PROJECT_ROOT, FIXTURE_SITE_DIR) : join(root, 'content');
  return {
    name,
    root,
    content,
    buildContent: name === 'fixture' ? join(root, 'content') : content,
    dist: join(root, 'dist'),
    caches: join(root, 'caches'),
  };
}

/** The build environment of a test site: the settings plus its caches. */
function testBuildEnv(caches: string): NodeJS.ProcessEnv {
  return {
    ...defaultSiteEnv(),
    ...TEST_BUILD_SETTINGS,
    CACHE_DIR: caches,
  };
}

/** The day a test site was built: the build's "today", which decides what it publishes. */
export function builtOn(site: TestSite): string {
  return readFileSync(join(site.root, 'built-on.txt'), 'utf8');
}

/** What the live site added to `content/`, written beside it when it was built. */
export function liveAdditions(): NextEditorAdditions {
  return JSON.parse(
    readFileSync(join(testSite('live').root, 'additions.json'), 'utf8'),
  ) as NextEditorAdditions;
}

/** Builds each named site unless its last build is of the same code, settings and content. */
export function ensureTestSites(names: readonly TestSiteName[] = ['live', 'fixture']): void {
  const failed: string[] = [];
  for (const name of names) {
    const site = testSite(name);
    const digest = inputDigest(name);
    const stampFile = join(site.root, 'built-from.txt');
    if (existsSync(join(site.dist, 'index.html')) && readIf(stampFile) === digest) {
      console.log(`test sites: ${name} is up to date in ${relative(PROJECT_ROOT, site.dist)}`);
      continue;
    }
    const started = performance.now();
    const today = todayIso();
    console.log(`test sites: building ${name} into ${relative(PROJECT_ROOT, site.dist)}`);
    rmSync(site.root, { recursive: true, force: true });
    mkdirSync(site.root, { recursive: true });
    const problem = name === 'fixture' ? buildFixture(site) : buildLive(site);
    if (problem) {
      failed.push(`${name}: ${problem}`);
      continue;
    }
    writeFileSync(join(site.root, 'built-on.txt'), today);
    writeFileSync(stampFile, digest);
    console.log(`test sites: ✓ ${name} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (failed.length > 0) throw new Error(`test sites not built:\n${failed.join('\n')}`);
}

function buildFixture(site: TestSite): string | null {
  cpSync(site.content, site.buildContent, { recursive: true });
  const { status, log } = buildTestSite(site.buildContent, site.dist, site.caches);
  printBuildLog(log, status === 0);
  return status === 0 ? null : `npm run build failed (exit ${String(status)})`;
}

/** `npm run build` of a content folder with the test settings, returning its exit status and log. */
export function buildTestSite(
  content: string,
  dist: string,
  caches: string,
): { status: number | null; log: string } {
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: PROJECT_ROOT,
    env: { ...testBuildEnv(caches), CONTENT_DIR: content, DIST_DIR: dist },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
}

/**
 * A build's log, shortened: the steps' summaries, warnings and problems when it succeeded (Astro's
 * list of every page is left out), and its last lines as well when it failed.
 */
function printBuildLog(log: string, succeeded: boolean): void {
  const lines = log.split('\n').filter((line) => line.trim() !== '');
  const kept = lines.filter((line) =>
    /^(search index|social images|post-build|✓|✗)|\b(error|warning|warn)\b|:\d+: /i.test(line),
  );
  console.log(kept.map((line) => `  ${line}`).join('\n'));
  if (!succeeded) console.error(lines.slice(-60).join('\n'));
}

/**
 * `content/` plus the next editor's files, previewed as an editor would: the preview validates the
 * copy and builds it. Problems name `content/` as the editor knows it.
 */
function buildLive(site: TestSite): string | null {
  const source = join(site.root, 'editor');
  cpSync(join(PROJECT_ROOT, 'content'), source, { recursive: true });
  let added: NextEditorAdditions;
  try {
    added = addNextEditorContent(source);
  } catch (error) {
    return `the next editor's files could not be added to content/: ${(error as Error).message}`;
  }
  writeFileSync(join(site.root, 'additions.json'), `${JSON.stringify(added, null, 2)}\n`);
  const run = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'preview',
      '--',
      ...added.tools.map((tool) => tool.slug),
      '--no-serve',
      '--content',
      source,
      '--out',
      site.root,
    ],
    {
      cwd: PROJECT_ROOT,
      env: testBuildEnv(site.caches),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  printBuildLog(run.stderr.replaceAll(`${source}/`, 'content/'), run.status === 0);
  if (run.status !== 0) {
    return (
      `npm run preview failed (exit ${String(run.status ?? run.signal)}) on content/ with the next ` +
      `editor's files added (${added.files.join(', ')})`
    );
  }
  writeFileSync(join(site.root, 'preview-printed.txt'), run.stdout);
  return null;
}

/** A digest of everything a test site's build reads: code, settings and its content. */
function inputDigest(name: TestSiteName): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(TEST_BUILD_SETTINGS));
  const inputs = [
    'src',
    'public',
    'astro.config.mjs',
    'package-lock.json',
    'tsconfig.json',
    'scripts/build.ts',
    'scripts/preview.ts',
    'tests/support/test-sites.ts',
    ...(name === 'fixture' ? [FIXTURE_SITE_DIR] : ['content', 'tests/support/next-editor.ts']),
  ];
  for (const input of inputs) {
    for (const file of filesUnder(join(PROJECT_ROOT, input))) {
      hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  // The live site's additions are dated today, so it is built again on a new day.
  if (name === 'live') hash.update(todayIso());
  return hash.digest('hex');
}

/** The files of a folder (recursively, sorted), a file itself, or nothing when the path is absent. */
function filesUnder(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function readIf(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
