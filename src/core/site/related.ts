/**
 * "Related comparisons": other pairs that share a tool with this one.
 */
import type { Comparison } from '../model.ts';

/** Related comparisons per page: enough to keep reading without turning the page into an index. */
const RELATED_LIMIT = 6;

/** Fills each comparison's `related`, newest first; the list must already be sorted newest first. */
export function linkRelated(comparisons: Comparison[], limit = RELATED_LIMIT): void {
  const byTool = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    for (const slug of [c.a.tool.slug, c.b.tool.slug]) {
      const list = byTool.get(slug);
      if (list) list.push(c);
      else byTool.set(slug, [c]);
    }
  }
  for (const c of comparisons) {
    const related = new Set<string>();
    for (const slug of [c.a.tool.slug, c.b.tool.slug]) {
      for (const other of byTool.get(slug) ?? []) {
        if (related.size >= limit) break;
        if (other !== c) related.add(other.slug);
      }
    }
    c.related = [...related];
  }
}
