/**
 * Lookup tables over a resolved Site. Pages render thousands of comparisons, so
 * every cross-reference must be a map read, built once per Site object.
 */
import { communityFigures } from '../figures.ts';
import type { CommunityVote, Comparison, Reviewer, Site } from '../model.ts';
import type { CategoryTool } from './category-views.ts';

/** Lookups derived once from a Site. */
export interface SiteIndex {
  comparisonsBySlug: Map<string, Comparison>;
  /** Comparisons each tool appears in, newest first (the order of site.comparisons). */
  comparisonsByTool: Map<string, Comparison[]>;
  reviewersBySlug: Map<string, Reviewer>;
  /** Community votes on each tool summed over every comparison it appears in. */
  communityByTool: Map<string, CommunityVote>;
}

const cache = new WeakMap<Site, SiteIndex>();

/** The lookup tables of a Site, computed on first use and reused for the same object. */
export function siteIndex(site: Site): SiteIndex {
  const hit = cache.get(site);
  if (hit) return hit;
  const comparisonsBySlug = new Map<string, Comparison>();
  const comparisonsByTool = new Map<string, Comparison[]>();
  for (const comparison of site.comparisons) {
    comparisonsBySlug.set(comparison.slug, comparison);
    for (const side of [comparison.a, comparison.b]) {
      const list = comparisonsByTool.get(side.tool.slug);
      if (list) list.push(comparison);
      else comparisonsByTool.set(side.tool.slug, [comparison]);
    }
  }
  const reviewersBySlug = new Map(site.reviewers.map((r) => [r.slug, r]));
  const communityByTool = new Map<string, CommunityVote>();
  for (const slug of site.tools.keys()) {
    const counts = { ship: 0, skip: 0 };
    for (const c of comparisonsByTool.get(slug) ?? []) {
      const side = c.a.tool.slug === slug ? c.a : c.b;
      counts.ship += side.community.ship;
      counts.skip += side.community.skip;
    }
    communityByTool.set(slug, communityFigures(counts));
  }
  const index = { comparisonsBySlug, comparisonsByTool, reviewersBySlug, communityByTool };
  cache.set(site, index);
  return index;
}

/** Resolve slugs to comparisons, dropping any that are not published. */
export function comparisonsFor(site: Site, slugs: readonly string[]): Comparison[] {
  const { comparisonsBySlug } = siteIndex(site);
  return slugs.flatMap((slug) => comparisonsBySlug.get(slug) ?? []);
}

/**
 * Tools by slug, each with its latest panel read and its community votes over every comparison;
 * slugs of unpublished tools are dropped. Category pages, tool pages (their figures and their
 * alternatives) and tool badges all read a tool's figures from here.
 */
export function toolsWithFigures(site: Site, slugs: readonly string[]): CategoryTool[] {
  const { communityByTool } = siteIndex(site);
  return slugs.flatMap((slug) => {
    const tool = site.tools.get(slug);
    if (!tool) return [];
    const community = communityByTool.get(slug) ?? communityFigures(undefined);
    return [{ tool, read: site.latestReads.get(slug) ?? null, community }];
  });
}
