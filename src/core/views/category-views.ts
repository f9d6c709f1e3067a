/**
 * Category pages as sorted, paginated views: newest review first, by panel figure, by
 * community figure. Each view is its own static URL (no client JavaScript), and no page lists
 * more than CATEGORY_PAGE_SIZE tools however large the category grows. Tool pages take their
 * "Alternatives" from the same ordering.
 */
import { communityLowerBound } from '../figures.ts';
import type { CommunityVote, PanelRead, Tool } from '../model.ts';
import { categoryViewPath } from './paths.ts';

/** The orders a category can be browsed in; the first is the category's default page. */
export const CATEGORY_SORTS = ['newest', 'panel', 'community'] as const;

/** One way of ordering a category's tools. */
export type CategorySort = (typeof CATEGORY_SORTS)[number];

/** Link text of each order in the category's sort navigation. */
export const CATEGORY_SORT_LABELS: Record<CategorySort, string> = {
  newest: 'Newest review',
  panel: 'Panel figure',
  community: 'Community figure',
};

/** Most tools on one category page. */
export const CATEGORY_PAGE_SIZE = 24;

/** Newest comparisons shown on the first page of each order (older ones are on tool pages). */
export const CATEGORY_LATEST_COMPARISONS = 12;

/** Most alternatives a tool page lists before pointing at its category. */
const ALTERNATIVES_LIMIT = 8;

/** A tool as a category lists it: its latest panel read and its community votes. */
export interface CategoryTool {
  tool: Tool;
  read: PanelRead | null;
  community: CommunityVote;
}

/** One page of one sorted view of a category. */
export interface CategoryView {
  sort: CategorySort;
  /** 1-based. */
  page: number;
  pageCount: number;
  path: string;
  prev: string | null;
  next: string | null;
  tools: CategoryTool[];
}

/**
 * What ranks a tool by community: the lower bound of its ship share's 95% Wilson interval, so a
 * share resting on few votes never outranks one resting on many; null below the sample size a
 * share is shown from, which sorts last.
 */
function communityRank(entry: CategoryTool, minSample: number): number | null {
  const { total } = entry.community;
  return total > 0 && total >= minSample ? communityLowerBound(entry.community) : null;
}

/** Larger first, unknown last. */
function descending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** A copy of `tools` in the order of `sort`; ties fall back to name, then slug, so builds are stable. */
export function sortCategoryTools(
  tools: readonly CategoryTool[],
  sort: CategorySort,
  minSample: number,
): CategoryTool[] {
  const key = (entry: CategoryTool): [number | null, number | null] => {
    switch (sort) {
      case 'newest':
        return [entry.read ? Date.parse(entry.read.round) : null, entry.read?.shipPercent ?? null];
      case 'panel':
        return [entry.read?.shipPercent ?? null, entry.read ? Date.parse(entry.read.round) : null];
      case 'community':
        return [communityRank(entry, minSample), entry.community.total];
    }
  };
  return tools
    .map((entry) => ({ entry, key: key(entry) }))
    .sort(
      (x, y) =>
        descending(x.key[0], y.key[0]) ||
        descending(x.key[1], y.key[1]) ||
        x.entry.tool.name.localeCompare(y.entry.tool.name, 'en') ||
        (x.entry.tool.slug < y.entry.tool.slug ? -1 : 1),
    )
    .map(({ entry }) => entry);
}

/** The URL word of an order; the default order lives at the category's own URL. */
function by(sort: CategorySort): string | null {
  return sort === CATEGORY_SORTS[0] ? null : sort;
}

/** Where the first page of a category in one order lives, for the sort navigation. */
export function categorySortPath(slug: string, sort: CategorySort): string {
  return categoryViewPath(slug, by(sort), 1);
}

/** Every page of every sorted view of one category (an empty category still gets page 1). */
export function categoryViews(
  slug: string,
  tools: readonly CategoryTool[],
  minSample: number,
  pageSize = CATEGORY_PAGE_SIZE,
): CategoryView[] {
  const pageCount = Math.max(1, Math.ceil(tools.length / pageSize));
  return CATEGORY_SORTS.flatMap((sort) => {
    const sorted = sortCategoryTools(tools, sort, minSample);
    return Array.from({ length: pageCount }, (_, i) => ({
      sort,
      page: i + 1,
      pageCount,
      path: categoryViewPath(slug, by(sort), i + 1),
      prev: i > 0 ? categoryViewPath(slug, by(sort), i) : null,
      next: i + 1 < pageCount ? categoryViewPath(slug, by(sort), i + 2) : null,
      tools: sorted.slice(i * pageSize, (i + 1) * pageSize),
    }));
  });
}

/** A tool page's alternatives: the first of its category by panel figure, and how many more. */
export interface Alternatives {
  tools: CategoryTool[];
  more: number;
}

/**
 * The alternatives of every tool of one category: the other tools by panel figure, at most
 * `limit` of them. The category is sorted once; leaving one tool out of a sorted list keeps
 * the others in order, so each tool page costs the limit, not a sort of its whole category.
 */
export function alternativesIn(
  categoryTools: readonly CategoryTool[],
  limit = ALTERNATIVES_LIMIT,
): (slug: string) => Alternatives {
  const sorted = sortCategoryTools(categoryTools, 'panel', Number.POSITIVE_INFINITY);
  const slugs = new Set(sorted.map((entry) => entry.tool.slug));
  return (slug) => {
    const tools: CategoryTool[] = [];
    for (const entry of sorted) {
      if (tools.length === limit) break;
      if (entry.tool.slug !== slug) tools.push(entry);
    }
    const others = sorted.length - (slugs.has(slug) ? 1 : 0);
    return { tools, more: Math.max(0, others - limit) };
  };
}
