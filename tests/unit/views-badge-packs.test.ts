/** Badges packed for hosts that count files: which pack holds a badge, and reading it back. */
import { describe, expect, it, vi } from 'vitest';
import {
  BADGE_PACK_COUNT,
  badgeFromPack,
  badgePackPath,
  findPackedBadge,
  isBadgePath,
  packBadges,
} from '../../src/core/views/badge-packs.ts';

const comparisonPaths = (n: number) =>
  Array.from({ length: n }, (_, i) => `/badges/tool-${i}-vs-other-${i}.svg`);

describe('isBadgePath', () => {
  it.each([
    ['/badges/alpha-vs-beta.svg', true],
    ['/badges/tools/alpha.svg', true],
    ['/badges/tools/my-tool-2.svg', true],
    ['/badges/Alpha.svg', false],
    ['/badges/../secret.svg', false],
    ['/badges/tools/../../x.svg', false],
    ['/badges/tools/a/b.svg', false],
    ['/badges/a--b.svg', false],
    ['/badges/.svg', false],
    ['/badges/packs/001.json', false],
    ['/badges/alpha.svg/', false],
    ['/other/alpha.svg', false],
    [`/badges/${'a'.repeat(400)}.svg`, false],
  ])('%s: %s', (path, expected) => {
    expect(isBadgePath(path)).toBe(expected);
  });
});

describe('badgePackPath', () => {
  it('names one of BADGE_PACK_COUNT packs, the same one every time', () => {
    for (const path of comparisonPaths(500)) {
      const pack = badgePackPath(path);
      expect(pack).toMatch(/^\/badges\/packs\/[0-9a-f]{3}\.json$/);
      expect(Number.parseInt(pack.slice(14, 17), 16)).toBeLessThan(BADGE_PACK_COUNT);
      expect(badgePackPath(path)).toBe(pack);
    }
  });

  it('spreads 22,000 badges evenly: no pack holds more than twice the mean', () => {
    const sizes = [...packBadges(comparisonPaths(22000).map((p) => [p, '<svg/>'] as const)).values()].map(
      (pack) => Object.keys(pack).length,
    );
    expect(sizes).toHaveLength(BADGE_PACK_COUNT);
    expect(Math.max(...sizes)).toBeLessThan((2 * 22000) / BADGE_PACK_COUNT);
  });
});

describe('packBadges and badgeFromPack', () => {
  const badges = [
    ['/badges/alpha-vs-beta.svg', '<svg>ab</svg>\n'],
    ['/badges/tools/alpha.svg', '<svg>a</svg>\n'],
    ['/badges/tools/beta.svg', '<svg>b</svg>\n'],
  ] as const;

  it('puts every badge in the pack its path names, and reads each back unchanged after JSON', () => {
    const packs = packBadges(badges);
    for (const [path, svg] of badges) {
      const pack: unknown = JSON.parse(JSON.stringify(packs.get(badgePackPath(path))));
      expect(badgeFromPack(pack, path)).toBe(svg);
    }
    expect([...packs.values()].reduce((n, p) => n + Object.keys(p).length, 0)).toBe(badges.length);
  });

  it('gives the same packs whatever order the badges came in', () => {
    expect(JSON.stringify([...packBadges([...badges].reverse())])).toBe(
      JSON.stringify([...packBadges(badges)]),
    );
  });

  it.each([
    ['no pack', null],
    ['an array', ['<svg/>']],
    ['a string', '<svg/>'],
    ['a number for the badge', { '/badges/alpha-vs-beta.svg': 5 }],
    ['another badge only', { '/badges/gamma-vs-delta.svg': '<svg/>' }],
  ])('finds nothing in %s', (_, pack) => {
    expect(badgeFromPack(pack, '/badges/alpha-vs-beta.svg')).toBeNull();
  });

  it("never answers with an object's inherited members", () => {
    expect(badgeFromPack(JSON.parse('{}'), '__proto__')).toBeNull();
    expect(badgeFromPack(JSON.parse('{}'), 'constructor')).toBeNull();
  });
});

describe('findPackedBadge', () => {
  it('reads the pack of a badge path and returns its SVG', async () => {
    const packs = packBadges([['/badges/tools/alpha.svg', '<svg>a</svg>']]);
    const readPack = vi.fn((path: string) => Promise.resolve(packs.get(path) ?? null));
    expect(await findPackedBadge('/badges/tools/alpha.svg', readPack)).toBe('<svg>a</svg>');
    expect(readPack).toHaveBeenCalledWith(badgePackPath('/badges/tools/alpha.svg'));
  });

  it('reads no pack for a path that is not a badge', async () => {
    const readPack = vi.fn(() => Promise.resolve({}));
    expect(await findPackedBadge('/badges/../_headers', readPack)).toBeNull();
    expect(readPack).not.toHaveBeenCalled();
  });
});
