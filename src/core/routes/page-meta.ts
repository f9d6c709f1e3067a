/**
 * Words a page carries besides its content: meta descriptions for search results and link
 * previews (the figures first, because that is what a reader scanning results wants to know)
 * and the label above a comparison's headline.
 */
import type { Comparison, PanelRead, Reviewer, Tool } from '../model.ts';
import { percentText } from './format.ts';

/** The label above every comparison's headline, on its page and its social image. */
export const COMPARISON_EYEBROW = 'AI tool comparison';

/** Description of a comparison page. */
export function comparisonDescription(c: Comparison): string {
  return `${c.a.tool.name} ${percentText(c.a.read.shipPercent)} vs ${c.b.tool.name} ${percentText(c.b.read.shipPercent)} panel ship. ${c.dek}`;
}

/** Description of a tool page. */
export function toolDescription(tool: Tool, read: PanelRead | null): string {
  const figure = read && read.total > 0 ? `${percentText(read.shipPercent)} of the panel ship it. ` : '';
  return `${tool.name}: ${read?.tagline ?? tool.category}. ${figure}Pricing, verdicts and side-by-side comparisons.`;
}

/** Description of a reviewer page. */
export function reviewerDescription(r: Reviewer): string {
  return `${r.name} (${r.lens}): ${r.motto} Every verdict, by category.`;
}
