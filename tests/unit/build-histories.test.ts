/**
 * A tool's verdict history: every round oldest first, the reviewers who flipped since the round
 * before, tagline and description changes; a comparison published before a re-review knows the
 * newer read.
 */
import { describe, expect, it } from 'vitest';
import { verdictFlips } from '../../src/core/site/histories.ts';
import type { PanelRead } from '../../src/core/model.ts';
import type { Verdict } from '../../src/core/vocabulary.ts';
import { loadFixture, siteOf, withFile } from './support/content.ts';

const FIXTURE = 'minimal';

function verdict(tool: string, round: string, reviewer: string, call: Verdict): [string, string] {
  return [
    `verdicts/${tool}/${round}/${reviewer}.md`,
    `---\ntool: ${tool}\nreviewer: ${reviewer}\nround: ${round}\nverdict: ${call}\n---\n${reviewer} in ${round}.\n`,
  ];
}

// alpha-ai: 2026-01-10 ann ship, bo ship (from the fixture); 2026-03-01 ann skip, bo ship with a
// round file giving a new tagline; 2026-05-01 ann skip, bo sits out, same words as the tool file.
const extra: [string, string][] = [
  verdict('alpha-ai', '2026-03-01', 'ann', 'skip'),
  verdict('alpha-ai', '2026-03-01', 'bo', 'ship'),
  [
    'rounds/alpha-ai/2026-03-01.md',
    '---\ntool: alpha-ai\ndate: 2026-03-01\ntagline: Drafts in your voice, now for teams\n---\nAlpha AI drafts for whole teams.\n',
  ],
  verdict('alpha-ai', '2026-05-01', 'ann', 'skip'),
  [
    'rounds/alpha-ai/2026-05-01.md',
    '---\ntool: alpha-ai\ndate: 2026-05-01\nsatOut:\n  bo: Travelling.\n---\n',
  ],
];
const files = extra.reduce((acc, [path, text]) => withFile(acc, FIXTURE, path, text), loadFixture(FIXTURE));
const site = siteOf(files, FIXTURE, '2026-06-01');
const history = site.histories.get('alpha-ai');

describe('tool history', () => {
  it('lists every round oldest first with its figure', () => {
    expect(history?.rounds.map((r) => [r.read.round, r.read.shipPercent])).toEqual([
      ['2026-01-10', 100],
      ['2026-03-01', 50],
      ['2026-05-01', 0],
    ]);
  });

  it.each([
    [0, null, [], false, false],
    [1, '2026-01-10', [{ reviewer: 'ann', from: 'ship', to: 'skip' }], true, true],
    [2, '2026-03-01', [], true, true],
  ])(
    'round %i: previous %s, flips, tagline and description changes',
    (i, previous, flips, tagline, description) => {
      const round = history?.rounds[i];
      expect(round?.previous?.round ?? null).toBe(previous);
      expect(round?.flips).toEqual(flips);
      expect(round?.taglineChanged).toBe(tagline);
      expect(round?.descriptionChanged).toBe(description);
    },
  );

  it('gives an unreviewed tool an empty history', () => {
    const unreviewed = siteOf(
      withFile(
        files,
        FIXTURE,
        'tools/gamma.md',
        '---\nname: Gamma\ncategory: Writing\ntagline: G\nentryPrice: Paid\npricingNote: P.\nvendor: V\nwebsite: https://g.example.com/\nlicense: MIT\nverified: 2026-01-05\n---\nG.\n',
      ),
      FIXTURE,
      '2026-06-01',
    );
    expect(unreviewed.histories.get('gamma')).toEqual({ tool: 'gamma', rounds: [] });
  });
});

describe('verdictFlips', () => {
  const read = (calls: Record<string, Verdict>): PanelRead => ({
    tool: 't',
    round: 'r',
    tagline: '',
    descriptionHtml: '',
    descriptionText: '',
    verdicts: Object.entries(calls).map(([reviewer, v]) => ({
      reviewer,
      tool: 't',
      round: 'r',
      verdict: v,
      quoteHtml: '',
      quoteText: '',
    })),
    ships: 0,
    total: 0,
    shipPercent: null,
    panelSize: 0,
    satOut: [],
  });

  it.each([
    [{ ann: 'ship' }, { ann: 'ship' }, []],
    [
      { ann: 'ship', bo: 'skip' },
      { ann: 'skip', bo: 'ship' },
      [
        { reviewer: 'ann', from: 'ship', to: 'skip' },
        { reviewer: 'bo', from: 'skip', to: 'ship' },
      ],
    ],
    [{ ann: 'ship' }, { bo: 'skip' }, []],
  ] as [Record<string, Verdict>, Record<string, Verdict>, unknown[]][])(
    '%o -> %o',
    (before, after, flips) => {
      expect(verdictFlips(read(before), read(after))).toEqual(flips);
    },
  );
});

describe('comparison sides', () => {
  it('carry the newer read when the tool was re-reviewed after publication', () => {
    const c = site.comparisons[0];
    expect(c?.a.read.round).toBe('2026-01-10');
    expect(c?.a.newer?.round).toBe('2026-05-01');
    expect(c?.b.newer).toBeNull();
  });
});
