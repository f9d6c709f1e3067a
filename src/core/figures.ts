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
