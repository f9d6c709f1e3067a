/**
 * The seed content reproduces the three published comparison pages exactly:
 * figures, taglines, descriptions and all 24 quotes in their places.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/core/content.ts';
import { renderMarkdown } from '../../src/core/content/markdown.ts';
import { percentText } from '../../src/core/views/format.ts';
import { readContentDir } from '../../src/fs/read-content.ts';

const SEEDS = 'tests/fixtures/seeds';
const { site, problems } = createSite(readContentDir('content'), 'content', {
  today: '2026-11-22',
  render: renderMarkdown,
});

/** A seed page as published: header fields per tool and the quotes in scorecard order. */
function readSeed(file: string) {
  const lines = readFileSync(`${SEEDS}/${file}`, 'utf8').split('\n');
  const tools = lines.flatMap((line, i) =>
    line === 'Entry'
      ? [
          {
            category: lines[i - 8],
            name: lines[i - 7],
            tagline: lines[i - 6],
            ship: lines[i - 5],
            community: lines[i - 3],
            entry: lines[i - 1],
            description: lines[i + 1],
          },
        ]
      : [],
  );
  const start = lines.indexOf('Reviewer scorecard') + 1;
  const quotes = lines.slice(start, start + 8).map((q) => q.replace(/^\u201c|\u201d$/g, ''));
  return { title: lines[1], dek: lines[2], tools, quotes };
}

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('seed content', () => {
  it('validates without problems', () => {
    expect(problems).toEqual([]);
  });

  it('publishes one comparison per seed page', () => {
    expect(site?.comparisons).toHaveLength(seedFiles.length);
  });

  describe.each(seedFiles)('%s', (file) => {
    const seed = readSeed(file);
    const comparison = site?.comparisons.find((c) => c.title === seed.title);

    it('has a comparison with the published title and dek', () => {
      expect(comparison?.headline).toBe(seed.title);
      expect(comparison?.dek).toBe(seed.dek);
    });

    it.each([0, 1])('tool %i shows the published header figures', (i) => {
      const side = i === 0 ? comparison?.a : comparison?.b;
      const expected = seed.tools[i];
      expect({
        category: side?.tool.category,
        name: side?.tool.name,
        tagline: side?.read.tagline,
        ship: percentText(side?.read.shipPercent ?? null),
        community: percentText(side?.community.shipPercent ?? null),
        entry: side?.tool.entryPrice,
        description: side?.read.descriptionText,
      }).toEqual(expected);
    });

    it('shows all 8 quotes under the right reviewer and tool', () => {
      const rendered = comparison?.scorecard.flatMap((row) => [row.a?.quoteText, row.b?.quoteText]);
      expect(rendered).toEqual(seed.quotes);
    });
  });

  it('shows the latest panel read of SmolVLM2-2B on its tool page', () => {
    const latest = site?.latestReads.get('smolvlm2-2b');
    expect(latest?.round).toBe('2026-09-15');
    expect(latest?.shipPercent).toBe(100);
  });
});
