/**
 * Every problem in one run: a file its schema refuses still takes part in the cross-file checks
 * its other fields allow (look-alike names, shared websites, its slug, the rounds its verdicts
 * belong to, its pair), so an editor fixes everything at once instead of one layer per run.
 */
import { alphaVsBeta, ann, annOnAlpha, gamma, md } from './files.ts';
import type { HostileCase } from './harness.ts';

const CATEGORIES =
  'Developer Tools, Writing, Image & Video, Audio & Voice, Productivity, Data & Analytics, Agents & Automation, Research';

/** A verdict in a new round of alpha-ai on 2026-01-20, still holding the skeleton's placeholder. */
function unfilledVerdict(reviewer: string): string {
  return annOnAlpha({ reviewer, round: '2026-01-20', verdict: 'TODO' });
}

export const oneRunCases: HostileCase[] = [
  {
    kind: 'look-alike',
    name: 'a tool with a placeholder left is still compared by name',
    write: { 'tools/gamma.md': gamma({ name: 'AIpha AI', category: 'TODO' }) },
    expected: [
      "tools/alpha-ai.md:2: name: 'Alpha AI' is also the name of tools/gamma.md ('AIpha AI'): one tool, one file. Names are compared as readers see them: 'I' (U+0049) reads as 'l'.",
      "tools/gamma.md:2: name: 'AIpha AI' is also the name of tools/alpha-ai.md ('Alpha AI'): one tool, one file. Names are compared as readers see them: 'I' (U+0049) reads as 'l'.",
      `tools/gamma.md:3: category: still a TODO placeholder: replace it with one of: ${CATEGORIES}.`,
    ],
  },
  {
    kind: 'look-alike',
    name: 'a tool refused for one field is still compared by website',
    write: { 'tools/gamma.md': gamma({ entryPrice: 'Gratis', website: 'https://alpha.example.com/' }) },
    expected: [
      'tools/alpha-ai.md:8: website: https://alpha.example.com/ is also the website of tools/gamma.md: one tool, one file.',
      "tools/gamma.md:5: entryPrice: 'Gratis' is not allowed. Use one of: Free, Freemium, Free trial, Paid, Contact sales.",
      'tools/gamma.md:8: website: https://alpha.example.com/ is also the website of tools/alpha-ai.md: one tool, one file.',
    ],
  },
  {
    kind: 'message',
    name: 'a tool refused for one field still has its file name checked',
    write: { [`tools/${'g'.repeat(101)}.md`]: gamma({ license: null }) },
    expected: [
      `tools/${'g'.repeat(101)}.md:1: file name '${'g'.repeat(59)}…' is 101 characters; a tool's slug is at most 100: rename the file to a shorter slug.`,
      `tools/${'g'.repeat(101)}.md:2: license: required field is missing. Add a line like \`license: Apache-2.0\` (one line of text, at most 60 characters). Licence, e.g. \`Apache-2.0\` or \`Proprietary\`.`,
    ],
  },
  {
    kind: 'message',
    name: 'verdicts still holding placeholders still count toward their round',
    write: {
      'reviewers/cy.md': ann({ name: 'The Critic', order: '3', joined: '2026-01-15' }),
      'verdicts/alpha-ai/2026-01-20/ann.md': unfilledVerdict('ann'),
      'verdicts/alpha-ai/2026-01-20/bo.md': unfilledVerdict('bo'),
    },
    expected: [
      'verdicts/alpha-ai/2026-01-20/ann.md:4: round: round 2026-01-20 of alpha-ai is incomplete: no verdict from cy, on the panel on that date. Add verdicts/alpha-ai/2026-01-20/cy.md, or record each under `satOut` with a reason in rounds/alpha-ai/2026-01-20.md.',
      'verdicts/alpha-ai/2026-01-20/ann.md:5: verdict: still a TODO placeholder: replace it with one of: ship, skip.',
      'verdicts/alpha-ai/2026-01-20/bo.md:5: verdict: still a TODO placeholder: replace it with one of: ship, skip.',
    ],
  },
  {
    kind: 'message',
    name: 'a comparison with an impossible date is still checked as a pair',
    write: {
      'comparisons/beta-bot-vs-beta-bot.md': md(
        { tools: '[beta-bot, beta-bot]', published: '2026-02-30' },
        '',
      ),
      'comparisons/beta-bot-vs-alpha-ai.md': alphaVsBeta({
        tools: '[beta-bot, alpha-ai]',
        published: '2026-13-01',
      }),
    },
    expected: [
      'comparisons/alpha-ai-vs-beta-bot.md:2: tools: alpha-ai and beta-bot are also compared in comparisons/beta-bot-vs-alpha-ai.md: a pair is published once, in either order.',
      'comparisons/beta-bot-vs-alpha-ai.md:2: tools: beta-bot and alpha-ai are also compared in comparisons/alpha-ai-vs-beta-bot.md: a pair is published once, in either order.',
      "comparisons/beta-bot-vs-alpha-ai.md:3: published: '2026-13-01' is not a valid date: write a real calendar date as YYYY-MM-DD, e.g. 2026-06-02.",
      'comparisons/beta-bot-vs-beta-bot.md:2: tools: a tool cannot be compared with itself: pick two different tools.',
      "comparisons/beta-bot-vs-beta-bot.md:3: published: '2026-02-30' is not a valid date: write a real calendar date as YYYY-MM-DD, e.g. 2026-06-02.",
    ],
  },
];
