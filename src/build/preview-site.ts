/**
 * Builds the site from a throwaway copy of a content folder, optionally with one extra
 * comparison, so editors can see a pair before its file exists. The real content folder
 * and dist/ are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { comparisonSlug } from '../core/content/content-index.ts';
import { validateContent } from '../core/content.ts';
import type { Problem } from '../core/messages/problems.ts';
import { comparisonPath } from '../core/views/paths.ts';
import { scaffoldComparison } from '../core/content/scaffold.ts';
import { goesLive } from '../core/site/schedule.ts';
import { PUBLIC_DIR } from '../config.ts';
import { publicFiles } from '../fs/public-files.ts';
import { readContentDir, toPosix } from '../fs/read-content.ts';

/** What to preview. */
export interface PreviewOptions {
  /** Content folder to copy. */
  contentDir: string;
  /** The pair to show; a comparison file published `today` is added when none exists. */
  pair?: readonly [string, string];
  /** YYYY-MM-DD: the added comparison's publish date and the staleness reference. */
  today: string;
  /** Where to put the copy and the build; a fresh temp folder by default. */
  workDir?: string;
}

/** A prepared preview: the copied content and its problems, paths as in the original folder. */
export interface PreparedPreview {
  workDir: string;
  contentDir: string;
  outDir: string;
  /** Site path of the previewed pair, when one was asked for. */
  pagePath: string | null;
  /** True when the comparison file was added for the preview rather than already published. */
  added: boolean;
  /** The day the preview is built as of: today, or the day a scheduled pair goes live. */
  day: string;
  problems: Problem[];
  ok: boolean;
}

/** Copies the content, adds the pair's comparison if missing, and validates the copy. */
export function preparePreview(options: PreviewOptions): PreparedPreview {
  const workDir = resolve(options.workDir ?? mkdtempSync(join(tmpdir(), 'shipworthy-preview-')));
  const contentDir = join(workDir, 'content');
  const outDir = join(workDir, 'dist');
  mkdirSync(workDir, { recursive: true });
  cpSync(options.contentDir, contentDir, { recursive: true });

  let pagePath: string | null = null;
  let added = false;
  if (options.pair) {
    const [a, b] = options.pair;
    // A pair already published in the other order is shown as published.
    const reversed = join(contentDir, 'comparisons', `${comparisonSlug(b, a)}.md`);
    const [first, second] = existsSync(reversed) ? [b, a] : [a, b];
    const file = scaffoldComparison(first, second, options.today);
    pagePath = comparisonPath(comparisonSlug(first, second));
    const target = join(contentDir, file.path);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.text);
      added = true;
    }
  }

  const root = toPosix(contentDir);
  const original = toPosix(options.contentDir).replace(/\/+$/, '');
  const validation = validateContent(readContentDir(contentDir), root, {
    today: options.today,
    publicFile: publicFiles(PUBLIC_DIR),
  });
  // Problems name files as the editor knows them, not as they sit in the temp copy.
  const problems = validation.problems.map((p) => ({
    ...p,
    file: p.file.replaceAll(`${root}/`, `${original}/`),
    message: p.message.replaceAll(`${root}/`, `${original}/`),
  }));
  // A pair scheduled for a later day is previewed as the site will look on that day.
  const pair = validation.entries.comparisons.find((c) => comparisonPath(c.id) === pagePath);
  const day = pair && goesLive(pair.data) > options.today ? goesLive(pair.data) : options.today;
  return { workDir, contentDir, outDir, pagePath, added, day, problems, ok: validation.ok };
}

/** Runs the production build (Astro, post-build outputs, then the search index) on the prepared copy. */
export function buildPreview(
  prepared: PreparedPreview,
  projectRoot = process.cwd(),
  { quiet = false }: { quiet?: boolean } = {},
): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: prepared.contentDir,
    DIST_DIR: prepared.outDir,
    BUILD_DATE: prepared.day,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // `npm run build` is the one list of build steps; DIST_DIR sends all of them to the preview folder.
  // Build logs go to stderr so stdout carries only what the caller prints (the page path, the URL);
  // quiet callers (tests) see them only when the build fails.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    const log = quiet
      ? `\n${`${result.stdout}${result.stderr}`.trim().split('\n').slice(-30).join('\n')}`
      : '';
    throw new Error(`npm run build failed (exit ${String(result.status ?? result.signal)})${log}`);
  }
}
