import { describe, expect, it } from 'vitest';
import type { PanelRead, Tool } from '../../src/core/model.ts';
import {
  alternativesIn,
  categorySortPath,
  categoryViews,
  sortCategoryTools,
  type CategorySort,
  type CategoryTool,
} from '../../src/core/views/category-views.ts';
import { toolsWithFigures } from '../../src/core/views/site-index.ts';
import { seedSite } from './views-fixture.ts';
import { communityFigures } from '../../src/core/figures.ts';

/** A tool with just what ordering reads: name, latest round and figure, community votes. */
function entry(
  slug: string,
  read: { round: string; shipPercent: number | null } | null,
  votes: { ship: number; skip: number } = { ship: 0, skip: 0 },
): CategoryTool {
  return {
    tool: { slug, name: slug.toUpperCase() } as Tool,
    read: read && ({ tool: slug, ...read } as PanelRead),
    community: communityFigures(votes),
  };
}

const TOOLS = [
  entry('alpha', { round: '2026-06-02', shipPercent: 75 }, { ship: 9, skip: 1 }),
  entry('bravo', { round: '2026-09-15', shipPercent: 50 }, { ship: 2, skip: 0 }),
  entry('charlie', { round: '2026-09-15', shipPercent: 100 }, { ship: 30, skip: 30 }),
  entry('delta', null, { ship: 40, skip: 0 }),
  entry('echo', { round: '2026-06-02', shipPercent: 75 }),
];

describe('sortCategoryTools', () => {
  it.each<[CategorySort, number, string[]]>([
    // Newest round first; same round: higher figure first; never reviewed last.
    ['newest', 10, ['charlie', 'bravo', 'alpha', 'echo', 'delta']],
    // Higher figure first; same figure: newer round, then name; no figure last.
    ['panel', 10, ['charlie', 'alpha', 'echo', 'bravo', 'delta']],
    // Shown share first (at least 10 votes), then by votes: bravo's 2 votes show no share.
    ['community', 10, ['delta', 'alpha', 'charlie', 'bravo', 'echo']],
    // A sample of 50 shows only charlie's share (60 votes); the rest follow by how many votes they have.
    ['community', 50, ['charlie', 'delta', 'alpha', 'bravo', 'echo']],
  ])('orders by %s (sample %i)', (sort, minSample, expected) => {
    expect(sortCategoryTools(TOOLS, sort, minSample).map((t) => t.tool.slug)).toEqual(expected);
  });

  it('ranks community figures by their lower confidence bound, not the raw share', () => {
    // 10 of 10 is a higher share than 95 of 100, but far less certain (Wilson lower bound 0.72 against 0.89).
    const few = entry('foxtrot', null, { ship: 10, skip: 0 });
    const many = entry('golf', null, { ship: 95, skip: 5 });
    expect(sortCategoryTools([few, many], 'community', 10).map((t) => t.tool.slug)).toEqual([
      'golf',
      'foxtrot',
    ]);
  });

  it('leaves its input as it was', () => {
    const before = TOOLS.map((t) => t.tool.slug);
    sortCategoryTools(TOOLS, 'panel', 10);
    expect(TOOLS.map((t) => t.tool.slug)).toEqual(before);
  });
});

describe('categoryViews', () => {
  const views = categoryViews('agents', TOOLS, 10, 2);

  it('gives every order the same number of pages, each at most a page long', () => {
    expect(views.map((v) => [v.sort, v.page, v.tools.length])).toEqual([
      ['newest', 1, 2],
      ['newest', 2, 2],
      ['newest', 3, 1],
      ['panel', 1, 2],
      ['panel', 2, 2],
      ['panel', 3, 1],
      ['community', 1, 2],
      ['community', 2, 2],
      ['community', 3, 1],
    ]);
  });

  it.each([
    ['newest', 1, '/categories/agents/', null, '/categories/agents/page/2/'],
    ['newest', 2, '/categories/agents/page/2/', '/categories/agents/', '/categories/agents/page/3/'],
    ['panel', 3, '/categories/agents/by-panel/page/3/', '/categories/agents/by-panel/page/2/', null],
    ['community', 1, '/categories/agents/by-community/', null, '/categories/agents/by-community/page/2/'],
  ] as const)('links %s page %i at %s', (sort, page, path, prev, next) => {
    expect(views.find((v) => v.sort === sort && v.page === page)).toMatchObject({ path, prev, next });
  });

  it('keeps every tool on exactly one page of each order', () => {
    for (const sort of ['newest', 'panel', 'community'] as const) {
      const listed = views.filter((v) => v.sort === sort).flatMap((v) => v.tools.map((t) => t.tool.slug));
      expect(listed.toSorted()).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    }
  });

  it('still gives an empty category its first page', () => {
    expect(categoryViews('empty', [], 10).map((v) => [v.path, v.pageCount])).toEqual([
      ['/categories/empty/', 1],
      ['/categories/empty/by-panel/', 1],
      ['/categories/empty/by-community/', 1],
    ]);
  });

  it('links the first page of each order', () => {
    expect(categorySortPath('agents', 'newest')).toBe('/categories/agents/');
    expect(categorySortPath('agents', 'panel')).toBe('/categories/agents/by-panel/');
  });
});

describe('alternativesIn', () => {
  it.each([
    ['alpha', 8, ['charlie', 'echo', 'bravo', 'delta'], 0],
    ['charlie', 2, ['alpha', 'echo'], 2],
    ['delta', 0, [], 4],
  ] as const)('lists the others of %s by panel figure (limit %i)', (slug, limit, expected, more) => {
    const result = alternativesIn(TOOLS, limit)(slug);
    expect(result.tools.map((t) => t.tool.slug)).toEqual(expected);
    expect(result.more).toBe(more);
  });

  it('gives a tool outside the category the whole category', () => {
    expect(alternativesIn(TOOLS, 3)('zulu')).toMatchObject({ more: TOOLS.length - 3 });
    expect(alternativesIn(TOOLS, 3)('zulu').tools).toHaveLength(3);
  });
});

describe('toolsWithFigures', () => {
  const site = seedSite();
  const [group] = site.categories;

  it('lists each published tool of a category with its latest read and summed community votes', () => {
    if (!group) throw new Error('the seed site has no category');
    const listed = toolsWithFigures(site, group.tools);
    expect(listed.map((t) => t.tool.slug)).toEqual(group.tools);
    for (const { tool, read, community } of listed) {
      expect(read).toBe(site.latestReads.get(tool.slug) ?? null);
      const sides = site.comparisons.flatMap((c) => [c.a, c.b]).filter((s) => s.tool.slug === tool.slug);
      expect(community.ship).toBe(sides.reduce((n, s) => n + s.community.ship, 0));
      expect(community.skip).toBe(sides.reduce((n, s) => n + s.community.skip, 0));
    }
  });

  it('drops slugs of tools that are not published', () => {
    expect(toolsWithFigures(site, ['no-such-tool', ...(group?.tools ?? [])]).map((t) => t.tool.slug)).toEqual(
      group?.tools,
    );
  });
});
