/**
 * Categories with the tools and comparisons each holds.
 */
import type { CategoryGroup, Comparison, Tool } from '../model.ts';
import { CATEGORIES, categorySlug } from '../vocabulary.ts';

/** Categories that hold at least one tool, in vocabulary order. */
export function buildCategories(
  tools: Map<string, Tool>,
  comparisons: readonly Comparison[],
): CategoryGroup[] {
  return CATEGORIES.map((name) => ({
    name,
    slug: categorySlug(name),
    tools: [...tools.values()].filter((t) => t.category === name).map((t) => t.slug),
    comparisons: comparisons
      .filter((c) => c.a.tool.category === name || c.b.tool.category === name)
      .map((c) => c.slug),
  })).filter((group) => group.tools.length > 0);
}
