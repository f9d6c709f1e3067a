/**
 * Renamed tools and comparisons: a head page that lists a base page's slug among its `aliases`,
 * where the base page is gone. Its figures are compared with the old page's, not reported as new.
 */
import type { Site } from '../model.ts';

/** Head slug to the base slug it was renamed from, for tools and comparisons. */
export interface Renames {
  tools: Map<string, string>;
  comparisons: Map<string, string>;
}

/** The renames between two sites. */
export function findRenames(base: Site, head: Site): Renames {
  const baseComparisons = new Set(base.comparisons.map((c) => c.slug));
  const headComparisons = new Set(head.comparisons.map((c) => c.slug));
  return {
    tools: renamed([...head.tools.values()], (slug) => base.tools.has(slug) && !head.tools.has(slug)),
    comparisons: renamed(head.comparisons, (slug) => baseComparisons.has(slug) && !headComparisons.has(slug)),
  };
}

function renamed(
  pages: readonly { slug: string; aliases: readonly string[] }[],
  wasPage: (slug: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of pages) {
    const old = page.aliases.find(wasPage);
    if (old !== undefined) out.set(page.slug, old);
  }
  return out;
}
