/** "Your panel": weights a reader keeps in the browser, read back as hostile input, and the figure they give. */
import { describe, expect, it } from 'vitest';
import { isPanelWeighting, readWeights, weightedShare } from '../../src/core/views/your-panel.ts';

const REVIEWERS = ['builder', 'skeptic', 'futurist', 'operator'];
const CALLS = [
  { reviewer: 'builder', verdict: 'ship' },
  { reviewer: 'skeptic', verdict: 'skip' },
  { reviewer: 'futurist', verdict: 'ship' },
  { reviewer: 'operator', verdict: 'skip' },
] as const;

describe('weightedShare', () => {
  it.each([
    [{}, 50],
    [{ builder: 1, skeptic: 1, futurist: 1, operator: 1 }, 50],
    // "I care about developer experience": the builder counts three times.
    [{ builder: 3 }, 67],
    [{ skeptic: 0, operator: 0 }, 100],
    [{ builder: 0, futurist: 0 }, 0],
    [{ builder: 2, operator: 2 }, 50],
    [{ builder: 0, skeptic: 0, futurist: 0, operator: 0 }, null],
  ])('weights %j give %s', (weights, share) => {
    expect(weightedShare(CALLS, weights)).toBe(share);
  });
});

describe('readWeights: stored text is hostile until read', () => {
  it.each([
    ['{"builder":3,"operator":0}', { builder: 3, operator: 0 }],
    [null, {}],
    ['', {}],
    ['not json', {}],
    ['[1,2]', {}],
    ['null', {}],
    ['{"builder":"3"}', {}],
    ['{"builder":7}', {}],
    ['{"builder":1.5}', {}],
    ['{"builder":-1}', {}],
    ['{"stranger":2}', {}],
    ['{"__proto__":{"polluted":1},"builder":2}', { builder: 2 }],
    [`{"builder":2,"pad":"${'x'.repeat(5000)}"}`, {}],
  ])('%s -> %j', (stored, weights) => {
    expect(readWeights(stored, REVIEWERS)).toEqual(weights);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('isPanelWeighting', () => {
  it.each([
    [{}, true],
    [{ builder: 1 }, true],
    [{ builder: 2 }, false],
    [{ builder: 0 }, false],
  ])('%j -> %s', (weights, same) => expect(isPanelWeighting(weights)).toBe(same));
});
