/**
 * Astro's page cache restores a page whose props and templates are unchanged. It does not see the
 * build's configuration or its installed packages, which decide the asset files a page links, nor
 * the shared stylesheet and script chunks other pages' components feed (a rule moved out of one
 * component renames the stylesheet every page links), so a cache made under another configuration,
 * lock file or source tree is emptied before the build uses it. Editors change only content, whose
 * pages the cache keys follow; a code change renders every page once.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files, relative to the project, whose change makes every cached page suspect. */
const SETUP_FILES = ['astro.config.mjs', 'package-lock.json'] as const;

/** The folder of the site's code, any file of which may feed a shared asset. */
const SOURCE_DIR = 'src';

/** The file in the cache folder that names the setup the cache was made under. */
const STAMP = 'made-with.txt';

/** Every file under `dir`, sorted, as paths relative to `root`. */
function filesUnder(root: string, dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Digest of the build setup in `root`; a missing file counts as empty. */
function setupDigest(root: string): string {
  const parts = [...SETUP_FILES, ...filesUnder(root, SOURCE_DIR)].map((file) => {
    const path = join(root, file);
    return `${file}:${existsSync(path) ? hash('sha256', readFileSync(path), 'hex') : ''}`;
  });
  return hash('sha256', parts.join('\n'), 'hex');
}

/**
 * Empties `cacheDir` unless it was made under the setup `root` has now, then stamps it with that
 * setup. Returns true when a cache was emptied.
 */
export function dropCacheOfOtherSetup(cacheDir: string, root: string): boolean {
  const digest = setupDigest(root);
  const stampPath = join(cacheDir, STAMP);
  const stamped = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : null;
  const emptied = stamped !== digest && existsSync(cacheDir);
  if (emptied) rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampPath, `${digest}\n`);
  return emptied;
}
