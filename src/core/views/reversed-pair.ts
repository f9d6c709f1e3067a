/**
 * A comparison read in reverse (`/compare/<b>-vs-<a>/`) belongs to the published pair
 * `/compare/<a>-vs-<b>/`. Servers (the Node server, the Worker) answer such URLs with a 301
 * from this rule instead of one redirect page per pair, which a 20,000-comparison site cannot
 * afford under a host's file limit. Pure: the caller says which candidate exists.
 */
import { comparisonSlug } from '../content/content-index.ts';
import { comparisonPath } from './paths.ts';

const PREFIX = '/compare/';
/** Longer segments are no comparison of ours; the bound keeps the work per request small. */
const MAX_SEGMENT = 200;
/** A segment with more separators than this is refused rather than tried every way. */
const MAX_CANDIDATES = 8;
const SEPARATOR = '-vs-';

/**
 * Canonical comparison paths a reversed URL may stand for, one per way of splitting its
 * segment at `-vs-` (tool slugs may hold `-vs-` themselves); empty for any other path.
 */
export function reversedPairCandidates(pathname: string): string[] {
  if (!pathname.startsWith(PREFIX)) return [];
  const rest = pathname.slice(PREFIX.length);
  const segment = rest.endsWith('/') ? rest.slice(0, -1) : rest;
  if (segment.length > MAX_SEGMENT || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment)) return [];
  const out: string[] = [];
  for (let at = segment.indexOf(SEPARATOR); at > 0; at = segment.indexOf(SEPARATOR, at + 1)) {
    const first = segment.slice(0, at);
    const second = segment.slice(at + SEPARATOR.length);
    if (second === '' || first === second) continue;
    out.push(comparisonPath(comparisonSlug(second, first)));
    if (out.length > MAX_CANDIDATES) return [];
  }
  return out;
}
