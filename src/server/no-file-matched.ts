/**
 * What a server answers for a site path no file matched, the same on the Node server and the
 * Worker: a badge from its pack (builds with `BADGE_FILES=off`), else a 301 from a reversed
 * comparison pair to the published one (builds with `REDIRECT_PAGES=off`), else the 404 page.
 * The platform only says how to read a pack and whether a page exists.
 */
import { findPackedBadge } from '../core/views/badge-packs.ts';
import { reversedPairCandidates } from '../core/views/reversed-pair.ts';
import type { SitePath } from './request-path.ts';

/** How a server looks into the built site. */
export interface BuiltSite {
  /** A badge pack by its site path, parsed; null when it is missing or not JSON. */
  readBadgePack(packPath: string): Promise<unknown>;
  /** Whether a page is served at this site path (`/compare/a-vs-b/`). */
  hasPage(path: string): Promise<boolean>;
}

/** The answer, for the platform to send. */
export type NoFileAnswer =
  | { kind: 'badge'; svg: string }
  /** `location` is a path on this site (it starts with `/compare/`), with the query kept. */
  | { kind: 'moved'; location: string }
  | { kind: 'not-found' };

/** The answer for a path no file matched; the order of the lookups is the rule. */
export async function answerNoFile(target: SitePath, site: BuiltSite): Promise<NoFileAnswer> {
  const svg = await findPackedBadge(target.path, (pack) => site.readBadgePack(pack));
  if (svg !== null) return { kind: 'badge', svg };
  for (const canonical of reversedPairCandidates(target.path)) {
    if (await site.hasPage(canonical)) return { kind: 'moved', location: `${canonical}${target.search}` };
  }
  return { kind: 'not-found' };
}
