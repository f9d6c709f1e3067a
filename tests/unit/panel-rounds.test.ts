/**
 * Panel completeness (docs/content-model.md, "Review rounds and the panel"): a round publishes a
 * figure only when every reviewer on the panel on its date gave a verdict or is recorded as sitting
 * it out; a round of one verdict on a date nothing else uses, and a verdict whose fields contradict
 * its place, are errors. Each case changes the minimal fixture (ann and bo review alpha-ai and
 * beta-bot on 2026-01-10) and lists every line validation prints.
 */
import { describe, expect, it } from 'vitest';
import { comparisonBadge } from '../../src/core/views/badge.ts';
import { compareData } from '../../src/core/views/compare-any.ts';
import { comparisonIndexJson, comparisonJson } from '../../src/core/views/comparison-json.ts';
import { panelBasisText, panelFigureText, panelSentence } from '../../src/core/views/format.ts';
import { llmsTxt } from '../../src/core/views/llms-txt.ts';
import { rssItems } from '../../src/core/views/rss-items.ts';
import { ann, annOnAlpha, md } from './hostile/files.ts';
import { runCase, type HostileCase } from './hostile/harness.ts';
import { loadFixture, siteOf, withFile } from './support/content.ts';

const BO_ON_ALPHA = 'verdicts/alpha-ai/2026-01-10/bo.md';
const ALPHA_ROUND = 'rounds/alpha-ai/2026-01-10.md';

/** A round file for alpha-ai's 2026-01-10 round with the given `satOut` lines. */
function alphaRound(satOut: string, fields: Record<string, string> = {}): string {
  return md({ tool: 'alpha-ai', date: '2026-01-10', ...fields, satOut: `\n${satOut}` }, '');
}

/** A third reviewer, cy, with optional panel dates. */
function cy(fields: Record<string, string> = {}): string {
  return md(
    {
      name: 'The Critic',
      motto: 'Prove it.',
      lens: 'Risk',
      order: '3',
      excitedBy: '[Evidence]',
      tiredOf: '[Hype]',
      ...fields,
    },
    'Cy doubts.',
  );
}

const cases: (Omit<HostileCase, 'kind'> & { name: string })[] = [
  { name: 'the fixture as it is: every round complete', expected: [] },
  {
    name: 'a reviewer with no verdict and no sat-out record makes the round incomplete',
    remove: [BO_ON_ALPHA],
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:4: round: round 2026-01-10 of alpha-ai is incomplete: no verdict from bo, on the panel on that date. Add verdicts/alpha-ai/2026-01-10/bo.md, or record each under `satOut` with a reason in rounds/alpha-ai/2026-01-10.md.',
    ],
  },
  {
    name: 'a reviewer recorded as sitting the round out, with a reason, completes it',
    remove: [BO_ON_ALPHA],
    write: { [ALPHA_ROUND]: alphaRound('  bo: Travelling that week.') },
    expected: [],
  },
  {
    name: 'a new panel member without verdicts leaves every round incomplete, naming them',
    write: { 'reviewers/cy.md': cy() },
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:4: round: round 2026-01-10 of alpha-ai is incomplete: no verdict from cy, on the panel on that date. Add verdicts/alpha-ai/2026-01-10/cy.md, or record each under `satOut` with a reason in rounds/alpha-ai/2026-01-10.md.',
      'verdicts/beta-bot/2026-01-10/ann.md:4: round: round 2026-01-10 of beta-bot is incomplete: no verdict from cy, on the panel on that date. Add verdicts/beta-bot/2026-01-10/cy.md, or record each under `satOut` with a reason in rounds/beta-bot/2026-01-10.md.',
    ],
  },
  {
    name: 'a member who joined after a round is not expected in it',
    write: { 'reviewers/cy.md': cy({ joined: '2026-01-11' }) },
    expected: [],
  },
  {
    name: 'a member who left on or before a round is not expected in it',
    write: { 'reviewers/cy.md': cy({ left: '2026-01-10' }) },
    expected: [],
  },
  {
    name: 'a verdict from a reviewer not yet on the panel',
    write: { 'reviewers/ann.md': ann({ joined: '2026-01-11' }) },
    expected: [
      "verdicts/alpha-ai/2026-01-10/ann.md:3: reviewer: ann was not on the panel on 2026-01-10 (joined 2026-01-11, reviewers/ann.md): fix the round date, or the reviewer's `joined`/`left` date.",
      "verdicts/beta-bot/2026-01-10/ann.md:3: reviewer: ann was not on the panel on 2026-01-10 (joined 2026-01-11, reviewers/ann.md): fix the round date, or the reviewer's `joined`/`left` date.",
    ],
  },
  {
    name: 'a one-verdict round on a date nothing else uses is a likely typo, with the nearest round named',
    write: { 'verdicts/alpha-ai/2026-01-12/ann.md': annOnAlpha({ round: '2026-01-12' }) },
    expected: [
      "verdicts/alpha-ai/2026-01-12/ann.md:4: round: round 2026-01-12 has only this verdict and no other verdict or round file uses that date: if it is a typo for 2026-01-10, the nearest round date in use for alpha-ai, write `round: 2026-01-10` and move the file to verdicts/alpha-ai/2026-01-10/ann.md; if it is a new round, add the rest of the panel's verdicts or record them under `satOut` in rounds/alpha-ai/2026-01-12.md.",
    ],
  },
  {
    name: "a typo in a verdict's round date contradicts its folder: one error, fix the field first",
    write: { 'verdicts/alpha-ai/2026-01-10/ann.md': annOnAlpha({ round: '2026-01-01' }) },
    expected: [
      "verdicts/alpha-ai/2026-01-10/ann.md:4: round: '2026-01-01' contradicts the file's place (round folder '2026-01-10'): write `round: 2026-01-10`, or if the round folder is the mistake, move the file to verdicts/alpha-ai/2026-01-01/ann.md.",
    ],
  },
  {
    name: "a verdict's tool contradicting its folder",
    write: {
      'verdicts/alpha-ai/2026-01-10/bo.md': md(
        { tool: 'beta-bot', reviewer: 'bo', round: '2026-01-10', verdict: 'ship' },
        'Q.',
      ),
    },
    expected: [
      "verdicts/alpha-ai/2026-01-10/bo.md:2: tool: 'beta-bot' contradicts the file's place (tool folder 'alpha-ai'): write `tool: alpha-ai`, or if the tool folder is the mistake, move the file to verdicts/beta-bot/2026-01-10/bo.md.",
      'verdicts/alpha-ai/2026-01-10/bo.md:3: reviewer: bo also has a verdict on beta-bot in round 2026-01-10 in verdicts/beta-bot/2026-01-10/bo.md: one verdict per reviewer, tool and round.',
      'verdicts/beta-bot/2026-01-10/bo.md:3: reviewer: bo also has a verdict on beta-bot in round 2026-01-10 in verdicts/alpha-ai/2026-01-10/bo.md: one verdict per reviewer, tool and round.',
    ],
  },
  {
    name: "a verdict's reviewer contradicting its file name",
    write: {
      [BO_ON_ALPHA]: md({ tool: 'alpha-ai', reviewer: 'ann', round: '2026-01-10', verdict: 'skip' }, 'Q.'),
    },
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:3: reviewer: ann also has a verdict on alpha-ai in round 2026-01-10 in verdicts/alpha-ai/2026-01-10/bo.md: one verdict per reviewer, tool and round.',
      "verdicts/alpha-ai/2026-01-10/bo.md:3: reviewer: 'ann' contradicts the file's place (file name 'bo'): write `reviewer: bo`, or if the file name is the mistake, move the file to verdicts/alpha-ai/2026-01-10/ann.md.",
      'verdicts/alpha-ai/2026-01-10/bo.md:3: reviewer: ann also has a verdict on alpha-ai in round 2026-01-10 in verdicts/alpha-ai/2026-01-10/ann.md: one verdict per reviewer, tool and round.',
    ],
  },
  {
    name: "a round file's date contradicting its file name",
    write: { [ALPHA_ROUND]: md({ tool: 'alpha-ai', date: '2026-01-11' }, 'Later.') },
    expected: [
      "rounds/alpha-ai/2026-01-10.md:3: date: '2026-01-11' contradicts the file's place (file name '2026-01-10'): write `date: 2026-01-10`, or if the file name is the mistake, move the file to rounds/alpha-ai/2026-01-11.md.",
      'rounds/alpha-ai/2026-01-10.md:3: date: alpha-ai has no verdicts in round 2026-01-11. Its rounds: 2026-01-10.',
    ],
  },
  {
    name: 'sitting out a round the reviewer gave a verdict in',
    write: { [ALPHA_ROUND]: alphaRound('  bo: Travelling that week.') },
    expected: [
      'rounds/alpha-ai/2026-01-10.md:5: satOut.bo: bo has a verdict in this round (verdicts/alpha-ai/2026-01-10/bo.md), so did not sit it out: remove one of the two.',
    ],
  },
  {
    name: 'sitting out as an unknown reviewer',
    remove: [BO_ON_ALPHA],
    write: { [ALPHA_ROUND]: alphaRound('  boo: Travelling that week.') },
    expected: [
      "rounds/alpha-ai/2026-01-10.md:5: satOut.boo: unknown reviewer 'boo'. Did you mean 'bo'?",
      'verdicts/alpha-ai/2026-01-10/ann.md:4: round: round 2026-01-10 of alpha-ai is incomplete: no verdict from bo, on the panel on that date. Add verdicts/alpha-ai/2026-01-10/bo.md, or record each under `satOut` with a reason in rounds/alpha-ai/2026-01-10.md.',
    ],
  },
  {
    name: 'sitting out a round before joining the panel',
    write: {
      'reviewers/cy.md': cy({ joined: '2026-01-11' }),
      [ALPHA_ROUND]: alphaRound('  cy: Not yet on the panel.'),
    },
    expected: [
      "rounds/alpha-ai/2026-01-10.md:5: satOut.cy: cy was not on the panel on 2026-01-10, so has no round to sit out: remove the line, or fix the reviewer's `joined`/`left` date.",
    ],
  },
  {
    name: 'sitting out without a reason',
    remove: [BO_ON_ALPHA],
    write: { [ALPHA_ROUND]: alphaRound("  bo: ''") },
    expected: [
      'rounds/alpha-ai/2026-01-10.md:5: satOut.bo: must not be empty.',
      'verdicts/alpha-ai/2026-01-10/ann.md:4: round: round 2026-01-10 of alpha-ai is incomplete: no verdict from bo, on the panel on that date. Add verdicts/alpha-ai/2026-01-10/bo.md, or record each under `satOut` with a reason in rounds/alpha-ai/2026-01-10.md.',
    ],
  },
];

describe('panel completeness', () => {
  it.each(cases)('$name', (entry) => {
    expect(runCase(entry).lines).toEqual(entry.expected);
  });
});

describe('figures from a round someone sat out', () => {
  const F = 'minimal';
  const files = withFile(
    loadFixture(F).filter((f) => !f.path.endsWith(BO_ON_ALPHA)),
    F,
    ALPHA_ROUND,
    alphaRound('  bo: Travelling that week.'),
  );
  const site = siteOf(files, F);
  const alpha = site.comparisons[0]?.a.read ?? null;
  const beta = site.comparisons[0]?.b.read ?? null;

  it.each([
    ['sat out', alpha, 'From 1 of 2 reviewers', '1 of 1 reviewer ship it; 1 sat this round out'],
    ['full panel', beta, null, '1 of 2 reviewers ship it'],
  ])('%s: basis and sentence', (_, read, basis, sentence) => {
    expect(panelBasisText(read)).toBe(basis);
    expect(panelSentence(read)).toBe(sentence);
  });

  // Every place a figure is published says what it rests on, as the pages do.
  const c = site.comparisons[0];
  const ORIGIN = 'https://example.org';
  const none = { ship: 0, skip: 0, total: 0, shipPercent: null };
  it.each([
    [
      'a list or feed figure',
      () => panelFigureText(alpha),
      '100% (panel read of 10 January 2026, from 1 of 2 reviewers)',
    ],
    ['a full panel in a list', () => panelFigureText(beta), '50% (panel read of 10 January 2026)'],
    [
      'the RSS item',
      () => rssItems(site, 3)[0]?.description,
      /Alpha AI 100% \(panel read of 10 January 2026, from 1 of 2 reviewers\), Beta Bot 50% \(panel read of 10 January 2026\)\./,
    ],
    [
      'llms.txt',
      () => llmsTxt(site, { origin: ORIGIN, name: 'S', tagline: 't', independence: 'i' }),
      /Alpha AI panel ship 100% \(panel read of 10 January 2026, from 1 of 2 reviewers\)/,
    ],
    [
      'the badge title',
      () => (c ? comparisonBadge(c, { siteName: 'S', minSample: 3 }).title : ''),
      'S: Alpha AI 100% panel ship (panel read of 10 January 2026, from 1 of 2 reviewers), community 67% ship, 3 votes; Beta Bot 50% panel ship (panel read of 10 January 2026)',
    ],
    [
      'the comparison record',
      () => (c ? [comparisonJson(c, ORIGIN, 3).a.panel, comparisonJson(c, ORIGIN, 3).b.panel] : []),
      [
        { ships: 1, total: 1, panelSize: 2, shipPercent: 100 },
        { ships: 1, total: 2, panelSize: 2, shipPercent: 50 },
      ],
    ],
    [
      'the comparison index',
      () =>
        comparisonIndexJson(site, ORIGIN, 3).comparisons[0]?.tools.map((t) => [
          t.panelReviewers,
          t.panelSize,
        ]),
      [
        [1, 2],
        [2, 2],
      ],
    ],
    [
      'the compare-any data',
      () => compareData(site, () => none).tools.map((t) => [t.slug, t.panel.total, t.panel.panelSize]),
      [
        ['alpha-ai', 1, 2],
        ['beta-bot', 2, 2],
      ],
    ],
  ])('%s', (_, published, expected) => {
    if (expected instanceof RegExp) expect(published()).toMatch(expected);
    else expect(published()).toEqual(expected);
  });

  it('keeps the sat-out reviewer and reason on the read', () => {
    expect(alpha?.satOut).toEqual([{ reviewer: 'bo', reason: 'Travelling that week.' }]);
    expect([alpha?.total, alpha?.panelSize, alpha?.shipPercent]).toEqual([1, 2, 100]);
  });
});
