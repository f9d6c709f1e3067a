/**
 * One run over a folder full of mistakes reports every problem at once, each located and
 * worded for an editor. The snapshot is the exact text editors see.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, problemLines } from './support/content.ts';

describe('a content folder with many mistakes', () => {
  const lines = problemLines(loadFixture('broken'), 'broken');

  it('reports every problem in one run, in file order', () => {
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('names a file and a line on every problem', () => {
    expect(lines).toHaveLength(31);
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/broken\/[^:]+:\d+: /);
  });

  it.each([
    ['tools/gamma.md', 'nmae'],
    ['tools/gamma.md', 'category'],
    ['tools/gamma.md', 'entryPrice'],
    ['tools/gamma.md', 'website'],
    ['tools/gamma.md', 'verified'],
    ['tools/alpha-copy.md', 'name'],
    ['tools/alpha-copy.md', 'website'],
    ['comparisons/beta-bot-vs-alpha-ai.md', 'tools'],
    ['comparisons/beta-bot-vs-alpha-ai.md', 'panel[1]'],
    ['comparisons/alpha-ai-vs-alpha-ai.md', 'tools'],
    ['verdicts/alpha-ai/2026-01-10/bo.md', 'verdict'],
    ['verdicts/alpha-ai/2026-01-10/bo.md', 'body'],
    ['verdicts/beta-bot/2026-01-10/ann.md', 'tool'],
    ['reviewers/cy.md', 'extra'],
    ['reviewers/cy.md', 'excitedBy'],
    ['reviewers/dee.md', 'order'],
    ['reviewers/dee.md', 'name'],
  ])('%s: %s', (file, field) => {
    expect(lines.some((line) => line.includes(`/${file}:`) && line.includes(`: ${field}: `))).toBe(true);
  });

  it('reports broken YAML with its line', () => {
    expect(lines.some((l) => /votes\/alpha-ai-vs-beta-bot\.yaml:\d+: (\S+: )?invalid YAML/.test(l))).toBe(
      true,
    );
  });
});
