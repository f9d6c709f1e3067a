/**
 * Nothing a built site points at is missing: every internal link, asset, srcset candidate, social
 * image, canonical URL, refresh target, CSS url() and sitemap or feed entry resolves inside it.
 * Absolute URLs on the site's own origin count as internal; other origins are not checked. Both
 * test sites are checked; a broken reference names the page it is on.
 */
import { describe, expect, it } from 'vitest';
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
import { TEST_SITES } from './support/sites.ts';

describe.each(TEST_SITES)('%s site', (_name, { dist }) => {
  it('has every internal link and asset it points at', () => {
    const files = listFiles(dist);
    const htmlFiles = files.filter((f) => f.endsWith('.html'));
    expect(htmlFiles).toContain('index.html');

    const references: Reference[] = [
      ...htmlFiles.flatMap((f) => htmlReferences(f, readDist(dist, f))),
      ...files.filter((f) => f.endsWith('.css')).flatMap((f) => cssReferences(f, readDist(dist, f))),
      ...files.filter((f) => f.endsWith('.xml')).flatMap((f) => xmlReferences(f, readDist(dist, f))),
    ];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let found = ids.get(file);
      if (found === undefined) {
        found = documentIds(readDist(dist, file));
        ids.set(file, found);
      }
      return found;
    };

    const broken = references
      .map((ref) => ({ ref, problem: checkReference(dist, SITE.url, ref, idsOf) }))
      .filter((r) => r.problem !== null)
      .map(({ ref, problem }) => `${ref.from} [${ref.attribute}] ${ref.url}: ${problem ?? ''}`);

    expect(broken).toEqual([]);
    // Guard against a parser that silently finds nothing.
    expect(references.length).toBeGreaterThan(htmlFiles.length);
  });
});
