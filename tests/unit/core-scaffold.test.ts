/**
 * `npm run new` refuses, before writing, what validation would refuse in a skeleton for another
 * reason than its placeholders, by running the same checks over the content folder with the
 * skeleton added.
 */
import { describe, expect, it } from 'vitest';
import {
  scaffoldComparison,
  scaffoldRefusals,
  scaffoldRound,
  scaffoldTool,
  type ScaffoldFile,
} from '../../src/core/content/scaffold.ts';
import { formatProblem } from '../../src/core/messages/problems.ts';
import { loadFixture, TODAY } from './support/content.ts';

const FIXTURE = 'minimal';
const ROOT = `tests/fixtures/${FIXTURE}`;

const refusals = (skeletons: readonly ScaffoldFile[]) =>
  scaffoldRefusals(loadFixture(FIXTURE), ROOT, skeletons, TODAY).map(formatProblem);

describe('a skeleton validation would accept once filled', () => {
  it.each([
    ['a new tool', [scaffoldTool('Gamma Writer', TODAY)]],
    ['a round of a known tool', scaffoldRound('alpha-ai', '2026-03-01', ['ann', 'bo'])],
    [
      'a comparison with a tool added alongside',
      [scaffoldTool('Gamma', TODAY), scaffoldComparison('alpha-ai', 'gamma', TODAY)],
    ],
  ])('is written: %s', (_what, skeletons) => {
    expect(refusals(skeletons)).toEqual([]);
  });
});

describe('a skeleton validation would refuse', () => {
  it.each([
    [
      'a name that reads as an existing one (capital I for l)',
      [scaffoldTool('AIpha AI', TODAY)],
      [
        `${ROOT}/tools/aipha-ai.md:2: name: 'AIpha AI' is also the name of ${ROOT}/tools/alpha-ai.md ('Alpha AI'): one tool, one file. Names are compared as readers see them: 'I' (U+0049) reads as 'l'.`,
      ],
    ],
    [
      'a self-comparison',
      [scaffoldComparison('alpha-ai', 'alpha-ai', TODAY)],
      [
        `${ROOT}/comparisons/alpha-ai-vs-alpha-ai.md:2: tools: a tool cannot be compared with itself: pick two different tools.`,
      ],
    ],
    [
      'a pair already published in the other order',
      [scaffoldComparison('beta-bot', 'alpha-ai', TODAY)],
      [
        `${ROOT}/comparisons/beta-bot-vs-alpha-ai.md:2: tools: beta-bot and alpha-ai are also compared in ${ROOT}/comparisons/alpha-ai-vs-beta-bot.md: a pair is published once, in either order.`,
      ],
    ],
    [
      'an unknown tool and an impossible date',
      [scaffoldComparison('alpha-ai', 'zeta', '2026-02-30')],
      [
        `${ROOT}/comparisons/alpha-ai-vs-zeta.md:2: tools[1]: unknown tool 'zeta'. Add ${ROOT}/tools/zeta.md or fix the slug.`,
        `${ROOT}/comparisons/alpha-ai-vs-zeta.md:3: published: '2026-02-30' is not a valid date: write a real calendar date as YYYY-MM-DD, e.g. 2026-06-02.`,
      ],
    ],
    [
      'a round on an impossible date',
      scaffoldRound('alpha-ai', '2026-13-01', ['ann']),
      [
        `${ROOT}/verdicts/alpha-ai/2026-13-01/ann.md:4: round: '2026-13-01' is not a valid date: write a real calendar date as YYYY-MM-DD, e.g. 2026-06-02.`,
      ],
    ],
    [
      'a round of an unknown tool',
      scaffoldRound('zeta', TODAY, ['ann']),
      [
        `${ROOT}/verdicts/zeta/${TODAY}/ann.md:2: tool: unknown tool 'zeta'. Add ${ROOT}/tools/zeta.md or fix the slug.`,
      ],
    ],
  ])('is refused before writing: %s', (_what, skeletons, expected) => {
    expect(refusals(skeletons)).toEqual(expected);
  });
});
