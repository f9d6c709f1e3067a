import { describe, expect, it } from 'vitest';
import { comparisonSearchTags, TOOL_META, toolSearchTags } from '../../src/core/views/search/search-tags.ts';
import { comparison, MARKETPLACE, seedSite, SONAR } from './views-fixture.ts';

const site = seedSite();

const values = (tags: ReturnType<typeof comparisonSearchTags>, key: string) =>
  tags.filter((t) => t.kind === 'filter' && t.key === key).map((t) => t.value);

describe('comparisonSearchTags', () => {
  it.each([
    [SONAR, ['Developer Tools'], ['Free', 'Paid'], ['Ship']],
    [MARKETPLACE, ['Developer Tools'], ['Free'], ['Ship']],
  ])(
    '%s filters by category, both prices and panel call, without duplicates',
    (slug, categories, prices, verdicts) => {
      const tags = comparisonSearchTags(comparison(site, slug));
      expect(values(tags, 'type')).toEqual(['Comparison']);
      expect(values(tags, 'category')).toEqual(categories);
      expect(values(tags, 'price')).toEqual(prices);
      expect(values(tags, 'verdict')).toEqual(verdicts);
    },
  );

  it('shows both headline panel figures in results, each with its round, a re-reviewed tool at its latest', () => {
    const panel = comparisonSearchTags(comparison(site, SONAR)).find((t) => t.key === 'panel');
    expect(panel?.value).toBe(
      'SmolVLM2-2B 100% (panel read of 15 September 2026) \u00b7 Perplexity Sonar Pro 2 API 100% (panel read of 2 June 2026)',
    );
  });

  it('never claims to be about one tool', () => {
    expect(comparisonSearchTags(comparison(site, SONAR)).map((t) => t.key)).not.toContain(TOOL_META);
  });
});

describe('toolSearchTags', () => {
  it('names the tool for ranking and shows its latest figure with the round', () => {
    const tool = site.tools.get('smolvlm2-2b');
    if (!tool) throw new Error('missing tool');
    const tags = toolSearchTags(tool, site.latestReads.get('smolvlm2-2b') ?? null);
    expect(tags.find((t) => t.key === TOOL_META)?.value).toBe('SmolVLM2-2B');
    expect(tags.find((t) => t.key === 'panel')?.value).toBe(
      'SmolVLM2-2B 100% (panel read of 15 September 2026)',
    );
  });

  it('marks an unreviewed tool', () => {
    const tool = site.tools.get('smolvlm2-2b');
    if (!tool) throw new Error('missing tool');
    expect(values(toolSearchTags(tool, null), 'verdict')).toEqual(['Unreviewed']);
  });
});
