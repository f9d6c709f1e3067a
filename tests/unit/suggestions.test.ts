/**
 * `npm run validate` names the fix where it can: the closest known slug for an unknown
 * reference, the nearest allowed value of a closed list, the nearest field name.
 */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/core/messages/suggest.ts';
import { loadFixture, problemLines, withFile } from './support/content.ts';

const FIXTURE = 'minimal';
const base = loadFixture(FIXTURE);

/** The fixture with one file's text edited by a search-and-replace. */
function edited(path: string, from: string, to: string) {
  const file = base.find((f) => f.path === `tests/fixtures/${FIXTURE}/${path}`);
  if (!file?.text.includes(from)) throw new Error(`${path} has no '${from}'`);
  return withFile(base, FIXTURE, path, file.text.replace(from, to));
}

describe('closest', () => {
  const slugs = ['smolvlm2-2b', 'perplexity-sonar-pro-2-api', 'perplexity-deep-research-api'];

  it.each([
    ['a typo', 'smolvml2-2b', 'smolvlm2-2b'],
    ['a different case', 'SmolVLM2-2B', 'smolvlm2-2b'],
    ['a slug missing its last words', 'smolvlm2', 'smolvlm2-2b'],
    ['a slug with words too many', 'smolvlm2-2b-instruct', 'smolvlm2-2b'],
    ['a slug missing a middle word', 'perplexity-sonar-2-api', 'perplexity-sonar-pro-2-api'],
    ['a prefix two slugs share (ambiguous)', 'perplexity', null],
    ['something unrelated', 'midjourney', null],
    ['a prefix that stops mid-word', 'smol', null],
  ])('%s: %s -> %s', (_, input, expected) => {
    expect(closest(input, slugs)).toBe(expected);
  });

  it('accepts a one-shot iterator such as Map#keys', () => {
    const tools = new Map(slugs.map((slug) => [slug, true]));
    expect(closest('smolvlm2', tools.keys())).toBe('smolvlm2-2b');
  });

  it('words the suggestion as a question, or says nothing', () => {
    expect(didYouMean('smolvlm2', slugs)).toBe(" Did you mean 'smolvlm2-2b'?");
    expect(didYouMean('midjourney', slugs)).toBe('');
  });
});

describe('validate suggests the fix', () => {
  it.each([
    {
      mistake: 'an unknown reviewer in a verdict',
      files: () => edited('verdicts/alpha-ai/2026-01-10/bo.md', 'reviewer: bo', 'reviewer: boo'),
      expected: "verdicts/alpha-ai/2026-01-10/bo.md:3: reviewer: unknown reviewer 'boo'. Did you mean 'bo'?",
    },
    {
      mistake: 'an unknown tool in a verdict',
      files: () => edited('verdicts/beta-bot/2026-01-10/bo.md', 'tool: beta-bot', 'tool: beta'),
      expected: "verdicts/beta-bot/2026-01-10/bo.md:2: tool: unknown tool 'beta'. Did you mean 'beta-bot'?",
    },
    {
      mistake: 'a misspelt category',
      files: () => edited('tools/alpha-ai.md', 'category: Writing', 'category: writting'),
      expected:
        "tools/alpha-ai.md:3: category: 'writting' is not allowed. Did you mean 'Writing'? Use one of: Developer Tools, Writing, Image & Video, Audio & Voice, Productivity, Data & Analytics, Agents & Automation, Research.",
    },
    {
      mistake: 'an entry price in the wrong case',
      files: () => edited('tools/beta-bot.md', 'entryPrice: Paid', 'entryPrice: paid'),
      expected:
        "tools/beta-bot.md:5: entryPrice: 'paid' is not allowed. Did you mean 'Paid'? Use one of: Free, Freemium, Free trial, Paid, Contact sales.",
    },
    {
      mistake: 'a verdict written as a longer word',
      files: () => edited('verdicts/beta-bot/2026-01-10/bo.md', 'verdict: skip', 'verdict: skipped'),
      expected:
        "verdicts/beta-bot/2026-01-10/bo.md:5: verdict: 'skipped' is not allowed. Did you mean 'skip'? Use one of: ship, skip.",
    },
    {
      mistake: 'an unknown tool in a comparison',
      files: () =>
        edited(
          'comparisons/alpha-ai-vs-beta-bot.md',
          'tools: [alpha-ai, beta-bot]',
          'tools: [alpha-ai, beta-bots]',
        ),
      expected:
        "comparisons/alpha-ai-vs-beta-bot.md:2: tools[1]: unknown tool 'beta-bots'. Did you mean 'beta-bot'?",
    },
    {
      mistake: 'a tool slug written short in a comparison',
      files: () =>
        edited(
          'comparisons/alpha-ai-vs-beta-bot.md',
          'tools: [alpha-ai, beta-bot]',
          'tools: [alpha, beta-bot]',
        ),
      expected:
        "comparisons/alpha-ai-vs-beta-bot.md:2: tools[0]: unknown tool 'alpha'. Did you mean 'alpha-ai'?",
    },
    {
      mistake: 'an unknown reviewer in a comparison panel',
      files: () =>
        edited(
          'comparisons/alpha-ai-vs-beta-bot.md',
          'published: 2026-01-12',
          'published: 2026-01-12\npanel: [ann, bob]',
        ),
      expected: "comparisons/alpha-ai-vs-beta-bot.md:4: panel[1]: unknown reviewer 'bob'. Did you mean 'bo'?",
    },
    {
      mistake: 'a round pinned for a misspelt tool',
      files: () =>
        edited(
          'comparisons/alpha-ai-vs-beta-bot.md',
          'published: 2026-01-12',
          'published: 2026-01-12\nrounds: { beta-bots: 2026-01-10 }',
        ),
      expected:
        "comparisons/alpha-ai-vs-beta-bot.md:4: rounds.beta-bots: 'beta-bots' is not one of this comparison's tools (alpha-ai, beta-bot). Did you mean 'beta-bot'?",
    },
    {
      mistake: 'a misspelt field name',
      files: () => edited('tools/alpha-ai.md', 'tagline:', 'tagLine:'),
      expected: "tools/alpha-ai.md:4: tagLine: unknown field. Did you mean 'tagline'?",
    },
    {
      mistake: 'votes for a tool outside the comparison',
      files: () => edited('votes/alpha-ai-vs-beta-bot.yaml', 'alpha-ai:', 'alpha-ia:'),
      expected:
        "votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ia: 'alpha-ia' is not in alpha-ai-vs-beta-bot; use alpha-ai or beta-bot. Did you mean 'alpha-ai'?",
    },
  ])('$mistake', ({ files, expected }) => {
    expect(problemLines(files(), FIXTURE)).toContain(`tests/fixtures/${FIXTURE}/${expected}`);
  });

  it('points a reference to a renamed tool at its new slug', () => {
    let files = edited(
      'tools/beta-bot.md',
      'verified: 2026-01-05',
      'verified: 2026-01-05\naliases: [old-bot]',
    );
    const verdict = files.find((f) => f.path.endsWith('verdicts/beta-bot/2026-01-10/bo.md'));
    files = withFile(
      files,
      FIXTURE,
      'verdicts/beta-bot/2026-01-10/bo.md',
      verdict!.text.replace('tool: beta-bot', 'tool: old-bot'),
    );
    expect(problemLines(files, FIXTURE)).toEqual([
      `tests/fixtures/${FIXTURE}/verdicts/beta-bot/2026-01-10/bo.md:2: tool: 'old-bot' was renamed to 'beta-bot' (it is listed in its aliases): use the new slug.`,
    ]);
  });

  it('points votes filed under a renamed comparison at the new file name', () => {
    const files = withFile(
      edited(
        'comparisons/alpha-ai-vs-beta-bot.md',
        'published: 2026-01-12',
        'published: 2026-01-12\naliases: [alpha-vs-beta]',
      ).filter((f) => !f.path.endsWith('votes/alpha-ai-vs-beta-bot.yaml')),
      FIXTURE,
      'votes/alpha-vs-beta.yaml',
      'alpha-ai: { ship: 2, skip: 1 }\n',
    );
    expect(problemLines(files, FIXTURE)).toEqual([
      `tests/fixtures/${FIXTURE}/votes/alpha-vs-beta.yaml:1: comparison 'alpha-vs-beta' was renamed to 'alpha-ai-vs-beta-bot' (it is listed in its aliases): rename this file to votes/alpha-ai-vs-beta-bot.yaml.`,
    ]);
  });

  it('points votes for a renamed tool at its new slug', () => {
    const files = withFile(
      edited('tools/alpha-ai.md', 'verified: 2026-01-05', 'verified: 2026-01-05\naliases: [alpha]'),
      FIXTURE,
      'votes/alpha-ai-vs-beta-bot.yaml',
      'alpha: { ship: 2, skip: 1 }\n',
    );
    expect(problemLines(files, FIXTURE)).toEqual([
      `tests/fixtures/${FIXTURE}/votes/alpha-ai-vs-beta-bot.yaml:1: alpha: 'alpha' was renamed to 'alpha-ai' (it is listed in its aliases): use the new slug.`,
    ]);
  });

  it('lists what exists instead of guessing when nothing is close', () => {
    const lines = problemLines(
      edited('tools/alpha-ai.md', 'entryPrice: Freemium', 'entryPrice: Cheap'),
      FIXTURE,
    );
    expect(lines).toEqual([
      `tests/fixtures/${FIXTURE}/tools/alpha-ai.md:5: entryPrice: 'Cheap' is not allowed. Use one of: Free, Freemium, Free trial, Paid, Contact sales.`,
    ]);
  });

  it('says how to add a missing reviewer when no slug is close', () => {
    const lines = problemLines(
      edited('verdicts/alpha-ai/2026-01-10/bo.md', 'reviewer: bo', 'reviewer: the-critic'),
      FIXTURE,
    );
    expect(lines).toContain(
      `tests/fixtures/${FIXTURE}/verdicts/alpha-ai/2026-01-10/bo.md:3: reviewer: unknown reviewer 'the-critic'. Add tests/fixtures/${FIXTURE}/reviewers/the-critic.md or fix the slug.`,
    );
  });
});
