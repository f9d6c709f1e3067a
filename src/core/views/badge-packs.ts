/**
 * Badges packed into a few JSON files for hosts that count files. A site of 20,000 comparisons
 * has 22,000 badges, a fifth of what Cloudflare's Paid plan lets a Worker hold; with
 * `BADGE_FILES=off` the build writes them into BADGE_PACK_COUNT packs instead, and the servers
 * (the Worker and the Node server) answer `/badges/….svg` from the pack that holds it, byte
 * for byte the SVG the build drew. Which pack holds a badge follows from its path alone, so a
 * request costs one pack read and no index.
 */
import { SLUG_PATTERN } from '../vocabulary.ts';

/** How many packs the badges are spread over: about 20 badges a pack at 20,000 comparisons. */
export const BADGE_PACK_COUNT = 1024;

/** Folder of the packs under the site root. */
const PACK_DIR = '/badges/packs/';

/** The longest badge path a server looks up; anything longer is not a badge of this site. */
const MAX_BADGE_PATH = 300;

/** One pack: badge path to SVG text. */
export type BadgePack = Record<string, string>;

/**
 * FNV-1a over the path's UTF-16 code units, then MurmurHash3's finalizer: stable across runtimes
 * and cheap. The finalizer matters: FNV-1a's lowest bit is only the parity of the characters, so
 * paths that repeat a digit (`tool-2-vs-other-2`) would all land in even packs.
 */
function hashPath(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Site path of the pack that holds the badge at `badgePath`, e.g. `/badges/packs/3f2.json`. */
export function badgePackPath(badgePath: string): string {
  const n = hashPath(badgePath) % BADGE_PACK_COUNT;
  return `${PACK_DIR}${n.toString(16).padStart(3, '0')}.json`;
}

/** Whether a request path names a badge (`/badges/<slug>.svg` or `/badges/tools/<slug>.svg`). */
export function isBadgePath(pathname: string): boolean {
  if (pathname.length > MAX_BADGE_PATH) return false;
  const match = /^\/badges\/(?:tools\/)?([^/]+)\.svg$/.exec(pathname);
  return match !== null && SLUG_PATTERN.test(match[1] ?? '');
}

/** Groups badges (path to SVG) into packs (pack path to pack), each pack's badges in path order. */
export function packBadges(badges: Iterable<readonly [string, string]>): Map<string, BadgePack> {
  const sorted = [...badges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const packs = new Map<string, BadgePack>();
  for (const [path, svg] of sorted) {
    const packPath = badgePackPath(path);
    let pack = packs.get(packPath);
    if (!pack) {
      // No prototype: a badge path can never reach Object.prototype's members.
      pack = Object.create(null) as BadgePack;
      packs.set(packPath, pack);
    }
    pack[path] = svg;
  }
  return new Map([...packs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The SVG of `badgePath` in a parsed pack, or null when the pack does not hold it or is malformed. */
export function badgeFromPack(pack: unknown, badgePath: string): string | null {
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) return null;
  if (!Object.hasOwn(pack, badgePath)) return null;
  const svg: unknown = (pack as Record<string, unknown>)[badgePath];
  return typeof svg === 'string' ? svg : null;
}

/**
 * Headers of a badge a server answers from a pack: what `_headers` gives badge files on the
 * host (hot-linked from other sites, cached for an hour), and a policy that lets an SVG opened
 * on its own run nothing.
 */
export const PACKED_BADGE_HEADERS = {
  'content-type': 'image/svg+xml',
  'cache-control': 'public, max-age=3600',
  'cross-origin-resource-policy': 'cross-origin',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'",
} as const satisfies Record<string, string>;

/**
 * The SVG a server answers for `pathname` from the packs, or null when the path is not a badge
 * or no pack holds it. `readPack` fetches and parses a pack by its site path (null when absent).
 */
export async function findPackedBadge(
  pathname: string,
  readPack: (packPath: string) => Promise<unknown>,
): Promise<string | null> {
  if (!isBadgePath(pathname)) return null;
  return badgeFromPack(await readPack(badgePackPath(pathname)), pathname);
}
