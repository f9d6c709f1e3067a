/**
 * The answer a comparison opens with: the panel's pick in words, or a tie and what separates the
 * two; the reviewer grid with splits first.
 */
import { describe, expect, it } from 'vitest';
import { gridRows, panelPick, splitSentences, type DecisionSide } from '../../src/core/views/decision.ts';
import type { Verdict } from '../../src/core/vocabulary.ts';
import { roundedPercent } from '../../src/core/figures.ts';

const REVIEWERS = [
  { slug: 'builder', name: 'The Builder' },
  { slug: 'skeptic', name: 'The Skeptic' },
  { slug: 'futurist', name: 'The Futurist' },
  { slug: 'operator', name: 'The Operator' },
];

/** A side from its calls in reviewer order ("ssk-": ship, ship, skip, no call). */
function side(name: string, calls: string, extra: Partial<DecisionSide> = {}): DecisionSide {
  const entries = [...calls].flatMap((c, i): [string, Verdict][] =>
    c === '-' ? [] : [[REVIEWERS[i]?.slug ?? '', c === 's' ? 'ship' : 'skip']],
  );
  const ships = entries.filter(([, v]) => v === 'ship').length;
  const total = entries.length;
  return {
    name,
    entryPrice: 'Paid',
    panel: { ships, total, shipPercent: roundedPercent(ships, total) },
    calls: Object.fromEntries(entries),
    community: { ship: 0, skip: 0 },
    ...extra,
  };
}

describe('panelPick', () => {
  it.each([
    ['ssss', 'sssk', 'a', 'Panel pick: A', '4 of 4 ship it, against 3 of 4 for B.'],
    ['kkss', 'ssss', 'b', 'Panel pick: B', '4 of 4 ship it, against 2 of 4 for A.'],
    ['ssss', 'ssss', 'tie', 'Panel: a tie', '4 of 4 ship each.'],
    // Shares, not counts, decide: 2 of 2 (100%) beats 2 of 3 (67%).
    ['ssk-', 'ss--', 'b', 'Panel pick: B', '2 of 2 ship it, against 2 of 3 for A.'],
  ])('%s against %s', (a, b, leader, lead, detail) => {
    expect(panelPick(side('A', a), side('B', b), REVIEWERS, 10)).toMatchObject({ leader, lead, detail });
  });

  it('names the side without a panel figure', () => {
    const pick = panelPick(side('A', 'ssss'), side('B', '----'), REVIEWERS, 10);
    expect(pick).toEqual({
      leader: 'none',
      lead: 'No panel pick yet',
      detail: 'The panel has not called B yet.',
      separators: [],
    });
  });

  it('says a tie of different tallies at its share', () => {
    const pick = panelPick(side('A', 'sskk'), side('B', 'sk--'), REVIEWERS, 10);
    expect(pick.detail).toBe('50% each: 2 of 4 ship A, 1 of 2 B.');
  });

  it('says what separates a tie: price, the reviewers who split, the community', () => {
    const a = side('A', 'sskk', { entryPrice: 'Free', community: { ship: 30, skip: 2 } });
    const b = side('B', 'kkss', { community: { ship: 5, skip: 25 } });
    expect(panelPick(a, b, REVIEWERS, 10).separators).toEqual([
      'Price: A is Free, B Paid.',
      'The Builder and The Skeptic ship only A.',
      'The Futurist and The Operator ship only B.',
      'Readers favour A: 94% against 17%.',
    ]);
  });

  it('says when readers have too few votes to separate a tie, and nothing before anyone votes', () => {
    const quiet = panelPick(side('A', 'ssss'), side('B', 'ssss'), REVIEWERS, 10);
    expect(quiet.separators).toEqual([]);
    const few = panelPick(
      side('A', 'ssss', { community: { ship: 3, skip: 0 } }),
      side('B', 'ssss'),
      REVIEWERS,
      10,
    );
    expect(few.separators).toEqual([
      'Readers: too few votes to separate them yet (3 votes and 0; a share shows from 10).',
    ]);
    const alike = panelPick(
      side('A', 'ssss', { community: { ship: 12, skip: 8 } }),
      side('B', 'ssss', { community: { ship: 11, skip: 9 } }),
      REVIEWERS,
      10,
    );
    expect(alike.separators).toEqual(['Readers rate them alike: 60% and 55%.']);
  });
});

describe('splitSentences', () => {
  it('names one reviewer with a singular verb', () => {
    expect(splitSentences(side('A', 'ssss'), side('B', 'sssk'), REVIEWERS)).toEqual([
      'The Operator ships only A.',
    ]);
  });
  it('is empty when nobody splits (a missing call is no split)', () => {
    expect(splitSentences(side('A', 'sss-'), side('B', 'sssk'), REVIEWERS)).toEqual([]);
  });
});

describe('gridRows', () => {
  it('puts the reviewers who split first, each group in panel order', () => {
    const rows = gridRows(REVIEWERS, side('A', 'sksk'), side('B', 'ssss'));
    expect(rows.map((r) => [r.reviewer.slug, r.a, r.b, r.split])).toEqual([
      ['skeptic', 'skip', 'ship', true],
      ['operator', 'skip', 'ship', true],
      ['builder', 'ship', 'ship', false],
      ['futurist', 'ship', 'ship', false],
    ]);
  });
  it('keeps a reviewer with no call on one tool, unsplit', () => {
    const rows = gridRows(REVIEWERS, side('A', '-sss'), side('B', 'ksss'));
    expect(rows[0]).toMatchObject({ reviewer: { slug: 'builder' }, a: null, b: 'skip', split: false });
  });
});
