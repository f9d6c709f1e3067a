/**
 * A reviewer's track record: every call they made, grouped by category with
 * tallies, so a reader can judge a persona by what it actually ships.
 */
import type { Site, Tool, VerdictEntry } from '../model.ts';
import { CATEGORIES, type Category } from '../vocabulary.ts';
import { tallyText } from './format.ts';

/** A reviewer's calls on one tool: the latest round first, older rounds after. */
interface ToolCalls {
  tool: Tool;
  latest: VerdictEntry;
  earlier: VerdictEntry[];
}

/** One category of a reviewer's record, tallied by each tool's latest call. */
interface RecordGroup {
  category: Category;
  slug: string;
  calls: ToolCalls[];
  tools: number;
  shipped: number;
  tally: string;
}

/** The whole record of one reviewer. */
export interface ReviewerRecord {
  groups: RecordGroup[];
  tools: number;
  shipped: number;
  tally: string;
}

/** Group a reviewer's verdicts by category; a tool counts once, by its most recent call. */
export function reviewerRecord(site: Site, reviewerSlug: string): ReviewerRecord {
  const entries = site.verdictsByReviewer.get(reviewerSlug) ?? [];
  const byTool = new Map<string, ToolCalls>();
  // Sorted here rather than trusted so "latest" never depends on input order.
  const sorted = [...entries].sort((x, y) => (x.round < y.round ? 1 : x.round > y.round ? -1 : 0));
  for (const entry of sorted) {
    const tool = site.tools.get(entry.tool);
    if (!tool) continue;
    const known = byTool.get(tool.slug);
    if (known) known.earlier.push(entry);
    else byTool.set(tool.slug, { tool, latest: entry, earlier: [] });
  }

  const byCategory = new Map<Category, ToolCalls[]>();
  for (const calls of byTool.values()) {
    const list = byCategory.get(calls.tool.category);
    if (list) list.push(calls);
    else byCategory.set(calls.tool.category, [calls]);
  }

  const groups: RecordGroup[] = [];
  for (const category of CATEGORIES) {
    const calls = byCategory.get(category);
    if (!calls) continue;
    calls.sort(
      (x, y) =>
        (x.latest.round < y.latest.round ? 1 : x.latest.round > y.latest.round ? -1 : 0) ||
        x.tool.name.localeCompare(y.tool.name, 'en'),
    );
    const shipped = calls.filter((c) => c.latest.verdict === 'ship').length;
    const first = calls[0];
    groups.push({
      category,
      slug: first ? first.tool.categorySlug : category,
      calls,
      tools: calls.length,
      shipped,
      tally: tallyText(calls.length, shipped),
    });
  }
  const tools = groups.reduce((n, g) => n + g.tools, 0);
  const shipped = groups.reduce((n, g) => n + g.shipped, 0);
  return { groups, tools, shipped, tally: tallyText(tools, shipped) };
}
