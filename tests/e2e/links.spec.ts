/**
 * Nothing in the build points at a file that is not there: every internal
 * link, asset, srcset candidate, social image, canonical URL, refresh target
 * CSS url() and sitemap/feed entry resolves inside dist/. Absolute URLs on the site's own origin
 * count as internal; other origins are not checked.
 */
import { test, expect } from '@playwright/test';
import { SITE } from '../../src/config.ts';
import {
  checkReference,
  cssReferences,
  documentIds,
  htmlReferences,
  listFiles,
  readDist,
  type Reference,
  xmlReferences,
} from './support/dist-links.ts';
import { DIST_DIR } from './support/paths.ts';

test('every internal link and asset in dist/ exists', () => {
  const files = listFiles(DIST_DIR);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  expect(htmlFiles).toContain('index.html');

  const references: Reference[] = [
    ...htmlFiles.flatMap((f) => htmlReferences(f, readDist(DIST_DIR, f))),
    ...files.filter((f) => f.endsWith('.css')).flatMap((f) => cssReferences(f, readDist(DIST_DIR, f))),
    ...files.filter((f) => f.endsWith('.xml')).flatMap((f) => xmlReferences(f, readDist(DIST_DIR, f))),
  ];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (found === undefined) {
      found = documentIds(readDist(DIST_DIR, file));
      ids.set(file, found);
    }
    return found;
  };

  const broken = references
    .map((ref) => ({ ref, problem: checkReference(DIST_DIR, SITE.url, ref, idsOf) }))
    .filter((r) => r.problem !== null)
    .map(({ ref, problem }) => `${ref.from} [${ref.attribute}] ${ref.url}: ${problem ?? ''}`);

  expect(broken).toEqual([]);
  // Guard against a parser that silently finds nothing.
  expect(references.length).toBeGreaterThan(htmlFiles.length);
});
