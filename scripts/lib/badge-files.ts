/**
 * Writes every embeddable badge into the built site: /badges/<comparison>.svg and
 * /badges/tools/<tool>.svg. Each is a few hundred bytes of text, so the step costs
 * little even at tens of thousands of comparisons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../../src/config.ts';
import type { Site } from '../../src/core/model.ts';
import { BADGE_MAX_BYTES, siteBadges } from '../../src/core/routes/badge.ts';

/** Writes the badges under `dist`; throws, naming the file, if one outgrows the size limit. */
export function writeBadgeFiles(site: Site, dist: string): number {
  const badges = siteBadges(site, { siteName: SITE.name, minSample: SITE.votes.minSample });
  mkdirSync(join(dist, 'badges', 'tools'), { recursive: true });
  for (const [path, { svg }] of badges) {
    const bytes = Buffer.byteLength(svg);
    if (bytes > BADGE_MAX_BYTES)
      throw new Error(`${path} is ${bytes} bytes, over the ${BADGE_MAX_BYTES}-byte limit`);
    writeFileSync(join(dist, path.slice(1)), svg);
  }
  return badges.size;
}
