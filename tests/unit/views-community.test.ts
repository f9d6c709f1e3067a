/**
 * One way of writing a community figure: a share only from the minimum sample, the count and the
 * number a share shows from below it; readers against the panel by a confidence bound, not the raw share.
 */
import { describe, expect, it } from 'vitest';
import {
  communityExplainer,
  communityFigure,
  communityStance,
  panelVersusCommunity,
} from '../../src/core/views/community.ts';

describe('communityFigure', () => {
  it.each([
    [
      0,
      0,
      10,
      {
        value: 'No votes yet',
        note: '',
        sentence: 'Community: no votes yet',
        percent: null,
      },
    ],
    [
      1,
      0,
      10,
      {
        value: '\u2014',
        note: '1 vote; a share shows from 10',
        sentence: 'Community: 1 vote (a share shows from 10)',
        percent: null,
      },
    ],
    [
      6,
      3,
      10,
      {
        value: '\u2014',
        note: '9 votes; a share shows from 10',
        sentence: 'Community: 9 votes (a share shows from 10)',
        percent: null,
      },
    ],
    [7, 3, 10, { value: '70%', note: '10 votes', sentence: 'Community: 70% ship, 10 votes', percent: 70 }],
    [
      108,
      54,
      10,
      { value: '67%', note: '162 votes', sentence: 'Community: 67% ship, 162 votes', percent: 67 },
    ],
    [1, 0, 1, { value: '100%', note: '1 vote', sentence: 'Community: 100% ship, 1 vote', percent: 100 }],
    [
      1000,
      234,
      10,
      { value: '81%', note: '1,234 votes', sentence: 'Community: 81% ship, 1,234 votes', percent: 81 },
    ],
  ])('%i ship, %i skip, shown from %i', (ship, skip, minSample, expected) => {
    const figure = communityFigure({ ship, skip }, minSample);
    expect(figure).toMatchObject(expected);
    expect(figure.total).toBe(ship + skip);
    // The sentence is the words after one label, wherever the figure is written.
    expect(figure.sentence).toBe(`Community: ${figure.words}`);
  });

  it('never prints the share twice', () => {
    const figure = communityFigure({ ship: 108, skip: 54 }, 10);
    expect(`${figure.value} ${figure.note}`.match(/67%/g)).toHaveLength(1);
  });

  it('says what the figure is and from how many votes it shows', () => {
    expect(communityExplainer(10)).toContain('shown from 10 votes');
    expect(communityExplainer(1)).toContain('shown from 1 vote.');
  });
});

describe('communityStance: readers against the panel', () => {
  it.each([
    // 6 of 14 is 43%: even the top of its interval (67%) is below the panel's 100%.
    [{ ships: 4, total: 4 }, { ship: 6, skip: 8 }, 'cooler'],
    // 95 of 100 is above a panel of 2 of 4 at the bottom of its interval too.
    [{ ships: 2, total: 4 }, { ship: 95, skip: 5 }, 'warmer'],
    // 9 of 10 against 75%: 15 points apart, but 10 votes cannot tell them apart.
    [{ ships: 3, total: 4 }, { ship: 9, skip: 1 }, 'agree'],
    // Many votes, a small gap: clear statistically, not by a margin a reader should act on.
    [{ ships: 3, total: 4 }, { ship: 7000, skip: 3000 }, 'agree'],
    // Below the minimum sample there is no share to compare.
    [{ ships: 4, total: 4 }, { ship: 0, skip: 9 }, null],
    // Nor without a panel figure.
    [{ ships: 0, total: 0 }, { ship: 50, skip: 50 }, null],
  ] as const)('panel %j, votes %j: %s', (panel, votes, stance) => {
    expect(communityStance(panel, votes, 10)).toBe(stance);
  });
});

describe('panelVersusCommunity', () => {
  const panel = { ships: 4, total: 4, shipPercent: 100 };
  it.each([
    [{ ship: 6, skip: 8 }, 'Readers are cooler on Sonar than the panel: 43% against 100%, 14 votes.'],
    [{ ship: 19, skip: 1 }, 'Readers and the panel agree on Sonar: 95% against 100%, 20 votes.'],
    [{ ship: 2, skip: 1 }, '3 votes on Sonar so far; a community share shows from 10.'],
    [{ ship: 0, skip: 0 }, null],
  ])('%j -> %s', (votes, sentence) => {
    expect(panelVersusCommunity('Sonar', panel, votes, 10)).toBe(sentence);
  });

  it('says readers are warmer when they are', () => {
    expect(
      panelVersusCommunity('X', { ships: 1, total: 4, shipPercent: 25 }, { ship: 40, skip: 10 }, 10),
    ).toBe('Readers are warmer on X than the panel: 80% against 25%, 50 votes.');
  });
});
