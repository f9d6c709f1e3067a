/**
 * Writes every embeddable badge into the built site: /badges/<comparison>.svg and
 * /badges/tools/<tool>.svg, or, for a server that answers badges itself, the packs it reads
 * them from (/badges/packs/<n>.json, src/core/views/badge-packs.ts). Each badge is a few
 * hundred bytes of text, so the step costs little even at tens of thousands of comparisons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../../config.ts';
import type { Site } from '../../core/model.ts';
import { BADGE_MAX_BYTES, siteBadges } from '../../core/views/badge.ts';
import { packBadges } from '../../core/views/badge-packs.ts';

/**
 * Writes the badges under `dist`, one file each or (`files: false`) in packs; throws, naming the
 * badge, if one outgrows the size limit. Returns how many badges there are.
 */
export function writeBadgeFiles(site: Site, dist: string, { files = SITE.badgeFiles } = {}): number {
  const badges = siteBadges(site, { siteName: SITE.name, minSample: SITE.votes.minSample });
  for (const [path, { svg }] of badges) {
    const bytes = Buffer.byteLength(svg);
    if (bytes > BADGE_MAX_BYTES)
      throw new Error(`${path} is ${bytes} bytes, over the ${BADGE_MAX_BYTES}-byte limit`);
  }
  if (files) {
    mkdirSync(join(dist, 'badges', 'tools'), { recursive: true });
    for (const [path, { svg }] of badges) writeFileSync(join(dist, path.slice(1)), svg);
    return badges.size;
  }
  const packs = packBadges([...badges].map(([path, { svg }]) => [path, svg] as const));
  mkdirSync(join(dist, 'badges', 'packs'), { recursive: true });
  for (const [path, pack] of packs) writeFileSync(join(dist, path.slice(1)), JSON.stringify(pack));
  return badges.size;
}
