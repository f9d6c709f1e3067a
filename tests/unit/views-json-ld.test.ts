import { describe, expect, it } from 'vitest';
import { comparisonJsonLd, serializeJsonLd } from '../../src/core/views/json-ld.ts';
import { comparison, seedSite, SONAR, withVotes } from './views-fixture.ts';

const ctx = { origin: 'https://example.test', siteName: 'Shipworthy', minVotesForRating: 20 };
const base = comparison(seedSite(), SONAR);

describe('serializeJsonLd', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- a -->'], ['a & b > c']])(
    'keeps %s from closing or opening markup',
    (text) => {
      const json = serializeJsonLd({ name: text });
      expect(json).not.toMatch(/[<>&]/);
      expect(JSON.parse(json)).toEqual({ name: text });
    },
  );
});

describe('comparisonJsonLd', () => {
  it('names both tools and the canonical URL', () => {
    const data = comparisonJsonLd(base, ctx);
    expect(data['url']).toBe(`https://example.test${base.path}`);
    expect((data['about'] as { name: string }[]).map((a) => a.name)).toEqual([
      base.a.tool.name,
      base.b.tool.name,
    ]);
  });

  it.each([
    [0, 0, false],
    [15, 4, false],
    [15, 5, true],
    [30, 10, true],
  ])('%i ship / %i skip votes: rating claimed is %s', (ship, skip, rated) => {
    const data = comparisonJsonLd(withVotes(base, ship, skip), ctx);
    const [a] = data['about'] as Record<string, unknown>[];
    expect(a !== undefined && 'aggregateRating' in a).toBe(rated);
  });
});
