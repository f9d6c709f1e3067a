/**
 * An incremental build (Astro's page cache, the social-image cache and the search-bundle cache
 * kept from an earlier build) publishes exactly what a clean build of the same content publishes:
 * every page, record, image and search-index file, byte for byte. The earlier build is the frozen
 * seed site's; the content then becomes the live content with the next editor's tool, round and
 * comparison, whose clean build is the live test site. The proof costs one build beyond the two
 * the tiers share, so it also proves the build into another file system than the project's (Linux:
 * /dev/shm where it is a device apart): Astro renames files from the project into its output, which
 * fails across devices, so the build is made under the project and copied beside the output.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestSite, testSite } from '../support/test-sites.ts';

const fixture = testSite('fixture');
const live = testSite('live');
const temp = mkdtempSync(join(tmpdir(), 'incremental-build-'));
const shm = statSync('/dev/shm', { throwIfNoEntry: false });
const otherDevice = shm?.isDirectory() === true && shm.dev !== statSync('.').dev;
// The output folder's parent: on another file system than the project's where the machine has one.
const outputParent = otherDevice ? mkdtempSync('/dev/shm/incremental-build-') : temp;
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(outputParent, { recursive: true, force: true });
});

/** Digest of every file under `dir`, by site-relative path. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(file.slice(dir.length), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

/** Astro's record of a build's pages (experimental incremental build), as far as this test reads it. */
interface PageCacheManifest {
  routes: Record<
    string,
    { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }
  >;
}

function manifest(caches: string): PageCacheManifest {
  return JSON.parse(
    readFileSync(join(caches, 'astro', 'incremental-build.json'), 'utf8'),
  ) as PageCacheManifest;
}

/** Pages whose template and cache key are the same in both builds: the ones to restore, not render. */
function unchangedPages(before: PageCacheManifest, after: PageCacheManifest): string[] {
  return Object.entries(after.routes).flatMap(([route, { dependencyHash, paths }]) =>
    Object.values(paths)
      .filter(({ cacheKey, outputFile }) => {
        const earlier = before.routes[route];
        return (
          earlier?.dependencyHash === dependencyHash &&
          Object.values(earlier.paths).some((p) => p.outputFile === outputFile && p.cacheKey === cacheKey)
        );
      })
      .map(({ outputFile }) => outputFile.replace(/^\//, '')),
  );
}

/** Pages the build log says came from the cache (Astro colours its log when the runner forces colour). */
function restoredPages(log: string): string[] {
  return [...stripVTControlCharacters(log).matchAll(/├─ \/?(\S+) \(restored\)/g)].map((m) => m[1] ?? '');
}

/** Builds `content` incrementally from the seed site's caches, reading it where the seed site was read. */
function rebuildSeedSiteAs(
  content: string,
  dist: string,
  caches: string,
): { status: number | null; log: string } {
  cpSync(fixture.caches, caches, { recursive: true });
  // Page cache keys include the content folder's path, so the new content takes the old one's place.
  rmSync(fixture.buildContent, { recursive: true, force: true });
  cpSync(content, fixture.buildContent, { recursive: true });
  try {
    return buildTestSite(fixture.buildContent, dist, caches);
  } finally {
    rmSync(fixture.buildContent, { recursive: true, force: true });
    cpSync(fixture.content, fixture.buildContent, { recursive: true });
  }
}

describe('incremental build', () => {
  it(
    'publishes what a clean build publishes after a tool, its round and a comparison are added',
    { timeout: 600_000 },
    () => {
      const dist = join(outputParent, 'dist');
      const caches = join(temp, 'caches');
      const { status, log } = rebuildSeedSiteAs(live.content, dist, caches);
      expect(status, log.slice(-3000)).toBe(0);
      // Exactly the pages whose inputs did not change came from the cache; how many that is depends
      // on how far content/ has moved from the frozen site (on the seed content, some).
      console.log(`incremental build: ${restoredPages(log).length} pages restored from the cache`);
      expect(restoredPages(log).sort()).toEqual(
        unchangedPages(manifest(fixture.caches), manifest(caches)).sort(),
      );
      const incremental = files(dist);
      expect(incremental.size).toBeGreaterThan(30);
      expect(incremental).toEqual(files(live.dist));
      // Published by rename beside the output: no staging or previous folder is left behind.
      if (otherDevice) expect(readdirSync(outputParent)).toEqual(['dist']);
    },
  );
});
