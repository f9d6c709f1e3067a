import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tool } from '../../src/core/model.ts';
import {
  compareAnyPath,
  compareData,
  compareLink,
  compareWithLinker,
  parseComparePair,
  suggestComparisonUrl,
} from '../../src/core/views/compare-any.ts';
import { communityFigures } from '../../src/core/figures.ts';
import { seedSite } from './views-fixture.ts';

describe('parseComparePair', () => {
  it.each([
    [
      '?a=smolvlm2-2b&b=perplexity-sonar-pro-2-api',
      { ok: true, a: 'smolvlm2-2b', b: 'perplexity-sonar-pro-2-api' },
    ],
    ['', { ok: false, reason: 'missing' }],
    ['?a=smolvlm2-2b', { ok: false, reason: 'missing' }],
    ['?a=smolvlm2-2b&b=', { ok: false, reason: 'missing' }],
    ['?a=smolvlm2-2b&b=smolvlm2-2b', { ok: false, reason: 'same' }],
    ['?a=%3Cscript%3E&b=x', { ok: false, reason: 'invalid' }],
    ['?a=Upper&b=x', { ok: false, reason: 'invalid' }],
    ['?a=../../etc&b=x', { ok: false, reason: 'invalid' }],
    [`?a=${'a'.repeat(101)}&b=x`, { ok: false, reason: 'invalid' }],
  ])('reads %j', (search, expected) => {
    expect(parseComparePair(search)).toEqual(expected);
  });
});

describe('links between tools', () => {
  const published = new Set(['a-vs-b']);

  it.each([
    ['a', 'b', '/compare/a-vs-b/'],
    ['b', 'a', '/compare/a-vs-b/'],
    ['a', 'c', '/compare/?a=a&b=c'],
  ])('%s with %s goes to %s', (a, b, path) => {
    expect(compareLink(published, a, b)).toBe(path);
  });

  it('lists every other tool, editorial pages first, up to a limit', () => {
    const tools = ['c', 'a', 'b', 'd'].map((slug) => ({ slug, name: slug.toUpperCase() }) as Tool);
    expect(compareWithLinker(tools, [['a', 'b']])('b')).toEqual({
      links: [
        { name: 'A', path: '/compare/a-vs-b/', editorial: true },
        { name: 'C', path: '/compare/?a=b&b=c', editorial: false },
        { name: 'D', path: '/compare/?a=b&b=d', editorial: false },
      ],
      more: 0,
    });
    expect(compareWithLinker(tools, [['a', 'b']], 1)('b').more).toBe(2);
  });

  // The definition: sort every other tool, editorial first, then by name (ties keep their order).
  function naiveLinks(
    tools: readonly Tool[],
    pairs: readonly (readonly [string, string])[],
    slug: string,
    limit: number,
  ) {
    const published = new Set(pairs.map(([a, b]) => `${a}-vs-${b}`));
    const links = tools
      .filter((t) => t.slug !== slug)
      .map((t) => {
        const path = compareLink(published, slug, t.slug);
        return { name: t.name, path, editorial: !path.includes('?') };
      })
      .sort((x, y) => Number(y.editorial) - Number(x.editorial) || x.name.localeCompare(y.name, 'en'));
    return { links: links.slice(0, limit), more: Math.max(0, links.length - limit) };
  }

  it('gives every tool the links of sorting all tools, without sorting them per page', () => {
    const slug = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ slug, name: fc.constantFrom('Zed', 'alpha', 'Alpha', 'beta', 'Émile', '10x') }),
          {
            selector: (t) => t.slug,
          },
        ),
        fc.array(fc.tuple(slug, slug)),
        fc.integer({ min: 0, max: 8 }),
        (rows, pairs, limit) => {
          const tools = rows as Tool[];
          const links = compareWithLinker(tools, pairs, limit);
          for (const tool of [...tools, { slug: 'missing' } as Tool])
            expect(links(tool.slug)).toEqual(naiveLinks(tools, pairs, tool.slug, limit));
        },
      ),
    );
  });

  it('encodes what it puts in a query', () => {
    expect(compareAnyPath('a&b', 'c')).toBe('/compare/?a=a%26b&b=c');
  });
});

describe('suggestComparisonUrl', () => {
  it('opens GitHub new-file page with the comparison file pre-filled', () => {
    const url = new URL(suggestComparisonUrl('https://github.com/owner/site/', 'x-ai', 'y-ai') ?? '');
    expect(url.origin + url.pathname).toBe('https://github.com/owner/site/new/main');
    expect(url.searchParams.get('filename')).toBe('content/comparisons/x-ai-vs-y-ai.md');
    expect(url.searchParams.get('value')).toBe('---\ntools: [x-ai, y-ai]\npublished: YYYY-MM-DD\n---\n');
  });

  it('has nothing to open when the site names no repository', () => {
    expect(suggestComparisonUrl(null, 'x', 'y')).toBeNull();
  });
});

describe('compareData', () => {
  it("holds each seed tool's latest figure, round and calls", () => {
    const data = compareData(seedSite(), () => communityFigures(undefined));
    const smol = data.tools.find((t) => t.slug === 'smolvlm2-2b');
    // SmolVLM2-2B's latest round (15 September 2026): every reviewer ships it.
    expect(smol).toMatchObject({ round: '2026-09-15', panel: { ships: 4, total: 4, shipPercent: 100 } });
    expect(Object.values(smol?.calls ?? {})).toEqual(['ship', 'ship', 'ship', 'ship']);
    expect(data.reviewers).toHaveLength(4);
    expect(data.comparisons).toHaveLength(3);
    expect(data.tools.map((t) => t.name)).toEqual([
      'Hugging Face Inference Providers Marketplace',
      'Perplexity Deep Research API',
      'Perplexity Sonar Pro 2 API',
      'SmolVLM2-2B',
    ]);
  });
});
