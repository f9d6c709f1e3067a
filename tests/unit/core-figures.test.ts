import { describe, expect, it } from 'vitest';
import { communityFigures, panelFigures, roundedPercent } from '../../src/core/figures.ts';

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
