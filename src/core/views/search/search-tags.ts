/**
 * What Pagefind learns about a page beyond its text: filter values for browsing
 * and the metadata shown in results. Emitted as `<meta>` tags so values are
 * never split on commas the way inline attribute syntax would split them.
 */
import type { Comparison, PanelRead, Tool } from '../../model.ts';
import { currentRead } from '../comparison-view.ts';
import { panelCall, panelFigureText } from '../format.ts';

/** One Pagefind filter value or metadata field of a page. */
export interface SearchTag {
  kind: 'filter' | 'meta';
  key: string;
  value: string;
}

/** Filter keys with the labels the search page shows, in display order. */
export const SEARCH_FILTERS = [
  { key: 'type', label: 'Page type' },
  { key: 'category', label: 'Category' },
  { key: 'price', label: 'Entry price' },
  { key: 'verdict', label: 'Panel verdict' },
] as const;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function filters(key: string, values: string[]): SearchTag[] {
  return unique(values).map((value) => ({ kind: 'filter', key, value }));
}

/** Tags of a comparison page: both tools' categories, prices and panel calls. */
export function comparisonSearchTags(c: Comparison): SearchTag[] {
  const sides = [c.a, c.b];
  return [
    ...filters('type', ['Comparison']),
    ...filters(
      'category',
      sides.map((s) => s.tool.category),
    ),
    ...filters(
      'price',
      sides.map((s) => s.tool.entryPrice),
    ),
    ...filters(
      'verdict',
      sides.map((s) => panelCall(currentRead(s))),
    ),
    { kind: 'meta', key: 'title', value: c.headline },
    {
      kind: 'meta',
      key: 'panel',
      value: sides.map((s) => `${s.tool.name} ${panelFigureText(currentRead(s))}`).join(' \u00b7 '),
    },
    { kind: 'meta', key: 'date', value: c.published },
  ];
}

/**
 * Meta fields whose words say which page is *about* a tool. Only tool pages carry TOOL_META, and
 * the search page weighs it far above the others, so a query that is exactly a tool's name ranks
 * that tool's page first; figure fields carry names too but must not rank anything.
 */
export const TOOL_META = 'tool';

/** Pagefind `ranking.metaWeights` the search page passes; see TOOL_META. */
export const SEARCH_META_WEIGHTS: Record<string, number> = { [TOOL_META]: 40, panel: 0, date: 0 };

/** Tags of a tool page: its own category, price and latest panel call. */
export function toolSearchTags(tool: Tool, read: PanelRead | null): SearchTag[] {
  return [
    ...filters('type', ['Tool']),
    ...filters('category', [tool.category]),
    ...filters('price', [tool.entryPrice]),
    ...filters('verdict', [panelCall(read)]),
    { kind: 'meta', key: 'title', value: tool.name },
    { kind: 'meta', key: TOOL_META, value: tool.name },
    { kind: 'meta', key: 'panel', value: `${tool.name} ${panelFigureText(read)}` },
  ];
}
