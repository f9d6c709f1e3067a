/** The build writes every badge as its own file, or packed for a server that answers badges itself. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBadgeFiles } from '../../src/build/outputs/badge-files.ts';
import { SITE } from '../../src/config.ts';
import { siteBadges } from '../../src/core/views/badge.ts';
import { badgeFromPack, badgePackPath } from '../../src/core/views/badge-packs.ts';
import { seedSite } from './views-fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'badge-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = seedSite();
const badges = siteBadges(site, { siteName: SITE.name, minSample: SITE.votes.minSample });

describe('writeBadgeFiles', () => {
  it('writes one SVG file per badge by default', () => {
    const dist = join(root, 'files');
    expect(writeBadgeFiles(site, dist, { files: true })).toBe(badges.size);
    for (const [path, { svg }] of badges) expect(readFileSync(join(dist, path), 'utf8')).toBe(svg);
    expect(readdirSync(join(dist, 'badges'))).not.toContain('packs');
  });

  it('writes packs instead with files off, each badge readable from the pack its path names', () => {
    const dist = join(root, 'packs');
    expect(writeBadgeFiles(site, dist, { files: false })).toBe(badges.size);
    expect(readdirSync(join(dist, 'badges'))).toEqual(['packs']);
    const packFiles = readdirSync(join(dist, 'badges', 'packs'));
    expect(packFiles.length).toBeLessThanOrEqual(badges.size);
    for (const [path, { svg }] of badges) {
      const pack: unknown = JSON.parse(readFileSync(join(dist, badgePackPath(path)), 'utf8'));
      expect(badgeFromPack(pack, path)).toBe(svg);
    }
  });
});
