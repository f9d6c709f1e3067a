/**
 * The site's figures. Ship percentages are always computed from verdicts and votes, never typed.
 */
import type { CommunityVote } from './model.ts';
import type { Verdict } from './vocabulary.ts';

/**
 * Share of `part` in `whole` as a whole percent, rounding halves up (2/3 -> 67, 1/8 -> 13).
 * Integer arithmetic keeps 0.5 boundaries exact where floating point would wobble.
 */
export function roundedPercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((200 * part + whole) / (2 * whole));
}

/** Ships, total and ship percent of a set of verdicts. */
export function panelFigures(verdicts: readonly { verdict: Verdict }[]): {
  ships: number;
  total: number;
  shipPercent: number | null;
} {
  const ships = verdicts.filter((v) => v.verdict === 'ship').length;
  return { ships, total: verdicts.length, shipPercent: roundedPercent(ships, verdicts.length) };
}

/** Community figures from raw counts; no votes means no percentage. */
export function communityFigures(counts: { ship: number; skip: number } | undefined): CommunityVote {
  const ship = counts?.ship ?? 0;
  const skip = counts?.skip ?? 0;
  return { ship, skip, total: ship + skip, shipPercent: roundedPercent(ship, ship + skip) };
}

/** The confidence a community share is ranked and compared at: z for a two-sided 95% interval. */
const WILSON_Z = 1.96;

/**
 * Wilson score interval of a share `part` of `whole` (both 0..1): where the true share of all
 * readers likely lies, given the votes cast. Few votes give a wide interval, so a 3-of-3 page
 * never outranks 90 of 100. An empty sample says nothing: 0 to 1.
 */
export function wilsonInterval(part: number, whole: number, z = WILSON_Z): { low: number; high: number } {
  if (whole <= 0) return { low: 0, high: 1 };
  const share = part / whole;
  const z2 = z * z;
  const centre = share + z2 / (2 * whole);
  const spread = z * Math.sqrt((share * (1 - share)) / whole + z2 / (4 * whole * whole));
  const scale = 1 + z2 / whole;
  return { low: Math.max(0, (centre - spread) / scale), high: Math.min(1, (centre + spread) / scale) };
}

/** The lower Wilson bound of a community's ship share: what ranks readers' figures. */
export function communityLowerBound(community: { ship: number; total: number }): number {
  return wilsonInterval(community.ship, community.total).low;
}
