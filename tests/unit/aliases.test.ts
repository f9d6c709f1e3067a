/**
 * Renamed tools and comparisons keep their old URLs: aliases are validated so no URL can point at
 * two pages, and every alias and reversed pair becomes exactly one redirect.
 */
import { describe, expect, it } from 'vitest';
import { buildRedirects, redirectsFile } from '../../src/core/views/redirects.ts';
import { loadFixture, problemLines, siteOf, withFile } from './support/content.ts';

const FIXTURE = 'aliases';
const base = loadFixture(FIXTURE);

const tool = (slug: string, name: string, aliases: string[]) => `---
name: ${name}
category: Writing
tagline: Another writing tool
entryPrice: Free
pricingNote: Free.
vendor: ${name} Labs
website: https://${slug}.example.com/
license: MIT
verified: 2026-01-05
aliases: [${aliases.join(', ')}]
---
${name} writes.
`;

const comparison = (a: string, b: string, aliases: string[]) => `---
tools: [${a}, ${b}]
published: 2026-01-12
aliases: [${aliases.join(', ')}]
---
`;

const verdict = (slug: string, reviewer: string) => `---
tool: ${slug}
reviewer: ${reviewer}
round: 2026-01-10
verdict: ship
---
${reviewer} on ${slug}.
`;

/** The fixture plus a third tool, `gamma`, with a round, so a second comparison can exist. */
function withGamma(aliases: string[] = []) {
  let files = withFile(base, FIXTURE, 'tools/gamma.md', tool('gamma', 'Gamma', aliases));
  for (const reviewer of ['ann', 'bo']) {
    files = withFile(files, FIXTURE, `verdicts/gamma/2026-01-10/${reviewer}.md`, verdict('gamma', reviewer));
  }
  return files;
}

describe('alias collisions', () => {
  it('accepts the fixture: a renamed tool and a renamed comparison', () => {
    expect(problemLines(base, FIXTURE)).toEqual([]);
  });

  it.each([
    {
      rule: 'a tool alias may not be the slug of a live tool',
      files: () => withGamma(['beta-bot']),
      expected:
        "tools/gamma.md:11: aliases[0]: 'beta-bot' is the slug of another tool; an alias must be a retired slug.",
    },
    {
      rule: 'a tool alias may not be claimed by two tools',
      files: () => withGamma(['alpha-writer']),
      expected: [
        "tools/alpha-ai.md:11: aliases[0]: alias 'alpha-writer' is also claimed by tests/fixtures/aliases/tools/gamma.md: an old URL can lead to one tool only.",
        "tools/gamma.md:11: aliases[0]: alias 'alpha-writer' is also claimed by tests/fixtures/aliases/tools/alpha-ai.md: an old URL can lead to one tool only.",
      ],
    },
    {
      rule: "a comparison alias may not be the comparison's own slug",
      files: () =>
        withFile(
          base,
          FIXTURE,
          'comparisons/alpha-ai-vs-beta-bot.md',
          comparison('alpha-ai', 'beta-bot', ['alpha-ai-vs-beta-bot']),
        ),
      expected:
        "comparisons/alpha-ai-vs-beta-bot.md:4: aliases[0]: 'alpha-ai-vs-beta-bot' already reaches this page; remove it.",
    },
    {
      rule: 'a comparison alias may not be its own reversed URL, which already redirects',
      files: () =>
        withFile(
          base,
          FIXTURE,
          'comparisons/alpha-ai-vs-beta-bot.md',
          comparison('alpha-ai', 'beta-bot', ['beta-bot-vs-alpha-ai']),
        ),
      expected:
        "comparisons/alpha-ai-vs-beta-bot.md:4: aliases[0]: 'beta-bot-vs-alpha-ai' already reaches this page; remove it.",
    },
    {
      rule: "a comparison alias may not be another comparison's URL",
      files: () =>
        withFile(
          withGamma(),
          FIXTURE,
          'comparisons/gamma-vs-beta-bot.md',
          comparison('gamma', 'beta-bot', ['alpha-ai-vs-beta-bot']),
        ),
      expected:
        "comparisons/gamma-vs-beta-bot.md:4: aliases[0]: 'alpha-ai-vs-beta-bot' is also the URL of tests/fixtures/aliases/comparisons/alpha-ai-vs-beta-bot.md: an alias must be a retired slug.",
    },
    {
      rule: "a comparison alias may not be another comparison's reversed URL",
      files: () =>
        withFile(
          withGamma(),
          FIXTURE,
          'comparisons/gamma-vs-beta-bot.md',
          comparison('gamma', 'beta-bot', ['beta-bot-vs-alpha-ai']),
        ),
      expected:
        "comparisons/gamma-vs-beta-bot.md:4: aliases[0]: 'beta-bot-vs-alpha-ai' is also the URL of tests/fixtures/aliases/comparisons/alpha-ai-vs-beta-bot.md: an alias must be a retired slug.",
    },
    {
      rule: 'a comparison alias may not be claimed by two comparisons',
      files: () =>
        withFile(
          withGamma(),
          FIXTURE,
          'comparisons/gamma-vs-beta-bot.md',
          comparison('gamma', 'beta-bot', ['alpha-writer-vs-beta-bot']),
        ),
      expected: [
        "comparisons/alpha-ai-vs-beta-bot.md:5: aliases[0]: 'alpha-writer-vs-beta-bot' is also the URL of tests/fixtures/aliases/comparisons/gamma-vs-beta-bot.md: an alias must be a retired slug.",
        "comparisons/gamma-vs-beta-bot.md:4: aliases[0]: 'alpha-writer-vs-beta-bot' is also the URL of tests/fixtures/aliases/comparisons/alpha-ai-vs-beta-bot.md: an alias must be a retired slug.",
      ],
    },
    {
      rule: 'an alias must itself be a slug',
      files: () =>
        withFile(
          base,
          FIXTURE,
          'comparisons/alpha-ai-vs-beta-bot.md',
          comparison('alpha-ai', 'beta-bot', ['Alpha_AI-vs-Beta']),
        ),
      expected: "comparisons/alpha-ai-vs-beta-bot.md:4: aliases[0]: 'Alpha_AI-vs-Beta' is not a valid slug",
    },
  ])('$rule', ({ files, expected }) => {
    const lines = problemLines(files(), FIXTURE);
    // A key two files claim is reported on both, in file order.
    const all: string[] = Array.isArray(expected) ? expected : [expected];
    expect(lines).toEqual(all.map((line) => expect.stringContaining(`tests/fixtures/${FIXTURE}/${line}`)));
  });
});

describe('redirects', () => {
  const redirects = buildRedirects(siteOf(base, FIXTURE));

  it('sends the reversed pair, the old comparison slug and the old tool slug to their pages', () => {
    expect(redirects.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: '/compare/beta-bot-vs-alpha-ai/', to: '/compare/alpha-ai-vs-beta-bot/' },
      { from: '/compare/alpha-writer-vs-beta-bot/', to: '/compare/alpha-ai-vs-beta-bot/' },
      { from: '/tools/alpha-writer/', to: '/tools/alpha-ai/' },
    ]);
  });

  it('names the page each redirect lands on', () => {
    expect(redirects.map((r) => r.label)).toEqual([
      'Alpha AI vs Beta Bot',
      'Alpha AI vs Beta Bot',
      'Alpha AI',
    ]);
  });

  it('never redirects away from a page that exists', () => {
    const pages = new Set(['/compare/alpha-ai-vs-beta-bot/', '/tools/alpha-ai/', '/tools/beta-bot/']);
    expect(redirects).toHaveLength(3);
    for (const { from } of redirects) expect(pages.has(from)).toBe(false);
  });

  it('writes one permanent redirect per line for hosts that read _redirects', () => {
    expect(redirectsFile(redirects)).toBe(
      [
        '/compare/beta-bot-vs-alpha-ai/ /compare/alpha-ai-vs-beta-bot/ 301',
        '/compare/alpha-writer-vs-beta-bot/ /compare/alpha-ai-vs-beta-bot/ 301',
        '/tools/alpha-writer/ /tools/alpha-ai/ 301',
        '',
      ].join('\n'),
    );
  });
});
