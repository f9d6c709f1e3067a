/**
 * "Your panel": a reader weights the reviewers to their own priorities and sees each tool's ship
 * figure recomputed with those weights, beside the panel's. The weights live in the reader's
 * browser only; what comes back from storage is read as hostile input.
 */
import { roundedPercent } from '../figures.ts';
import type { Verdict } from '../vocabulary.ts';

/** The weights a reader can give one reviewer, with the words the control shows. */
export const WEIGHT_LABELS = ['Leave out', 'Count once', 'Count twice', 'Count three times'] as const;

/** The weight every reviewer has on the panel's own figure. */
export const PANEL_WEIGHT = 1;

/** Where the browser keeps a reader's weights. */
export const YOUR_PANEL_KEY = 'shipworthy:your-panel';

/** Most reviewers a stored set of weights may name; anything larger is not ours. */
const MAX_STORED = 100;
/** Longest stored text read at all. */
const MAX_STORED_CHARS = 4096;

/** Reviewer slug → weight; a reviewer not named counts once. */
export type Weights = Record<string, number>;

/** True for a weight the control offers. */
function isWeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < WEIGHT_LABELS.length;
}

/** Weights read back from storage: only known reviewers with offered weights; anything else is dropped. */
export function readWeights(stored: string | null, reviewers: readonly string[]): Weights {
  if (!stored || stored.length > MAX_STORED_CHARS) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const entries = Object.entries(parsed).slice(0, MAX_STORED);
  const known = new Set(reviewers);
  return Object.fromEntries(entries.filter(([slug, weight]) => known.has(slug) && isWeight(weight)));
}

/** True when every reviewer counts once: the reader's figure is then the panel's. */
export function isPanelWeighting(weights: Weights): boolean {
  return Object.values(weights).every((weight) => weight === PANEL_WEIGHT);
}

/** The ship share with the reader's weights, as a whole percent; null when every caller is left out. */
export function weightedShare(
  calls: readonly { reviewer: string; verdict: Verdict }[],
  weights: Weights,
): number | null {
  let ships = 0;
  let total = 0;
  for (const { reviewer, verdict } of calls) {
    const weight = weights[reviewer] ?? PANEL_WEIGHT;
    total += weight;
    if (verdict === 'ship') ships += weight;
  }
  return roundedPercent(ships, total);
}
