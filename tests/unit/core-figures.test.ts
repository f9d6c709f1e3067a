import { describe, expect, it } from 'vitest';
import {
  communityFigures,
  communityLowerBound,
  panelFigures,
  roundedPercent,
  wilsonInterval,
} from '../../src/core/figures.ts';

describe('roundedPercent: whole percent, halves rounded up', () => {
  it.each([
    [0, 4, 0],
    [1, 4, 25],
    [3, 4, 75],
    [4, 4, 100],
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
    [3, 8, 38],
    [1, 6, 17],
    [5, 6, 83],
    [1, 200, 1],
    [1, 201, 0],
    [0, 0, null],
  ])('%i of %i -> %s', (part, whole, expected) => {
    expect(roundedPercent(part, whole)).toBe(expected);
  });
});

describe('panelFigures', () => {
  it('counts ships over all verdicts of the round', () => {
    const verdicts = [
      { verdict: 'ship' },
      { verdict: 'ship' },
      { verdict: 'skip' },
      { verdict: 'ship' },
    ] as const;
    expect(panelFigures(verdicts)).toEqual({ ships: 3, total: 4, shipPercent: 75 });
  });
  it('has no percentage without verdicts', () => {
    expect(panelFigures([])).toEqual({ ships: 0, total: 0, shipPercent: null });
  });
});

describe('community figures', () => {
  it.each([
    [undefined, { ship: 0, skip: 0, total: 0, shipPercent: null }],
    [
      { ship: 0, skip: 0 },
      { ship: 0, skip: 0, total: 0, shipPercent: null },
    ],
    [
      { ship: 9, skip: 3 },
      { ship: 9, skip: 3, total: 12, shipPercent: 75 },
    ],
    [
      { ship: 1, skip: 2 },
      { ship: 1, skip: 2, total: 3, shipPercent: 33 },
    ],
  ])('%j -> %j', (counts, expected) => {
    expect(communityFigures(counts)).toEqual(expected);
  });
});

describe('wilsonInterval: where the share of all readers likely lies (95%)', () => {
  it.each([
    [0, 0, 0, 1],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [5, 10, 0.2366, 0.7634],
    [1, 1, 0.2065, 1],
    [3, 3, 0.4385, 1],
    [6, 14, 0.2138, 0.6741],
    [81, 100, 0.7222, 0.8749],
    [90, 100, 0.8256, 0.9448],
  ])('%i of %i -> %f to %f', (part, whole, low, high) => {
    const interval = wilsonInterval(part, whole);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('narrows as votes grow at the same share', () => {
    const widths = [10, 100, 1000].map((n) => {
      const { low, high } = wilsonInterval(0.6 * n, n);
      return high - low;
    });
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 1);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 1);
  });
});

describe('communityLowerBound: what ranks community figures', () => {
  it.each([
    // A perfect score from three readers ranks below 90 of 100.
    [
      { ship: 3, total: 3 },
      { ship: 90, total: 100 },
    ],
    // The same share ranks higher with more votes behind it.
    [
      { ship: 6, total: 10 },
      { ship: 60, total: 100 },
    ],
    // No votes ranks below any vote to ship.
    [
      { ship: 0, total: 0 },
      { ship: 1, total: 1 },
    ],
  ])('%j ranks below %j', (lower, higher) => {
    expect(communityLowerBound(lower)).toBeLessThan(communityLowerBound(higher));
  });
});
