/**
 * Words a page carries besides its content: meta descriptions for search results and link
 * previews (the figures first, because that is what a reader scanning results wants to know)
 * and the label above a comparison's headline.
 */
import type { Comparison, PanelRead, Reviewer, Tool } from '../model.ts';
import { currentRead } from './comparison-view.ts';
import { panelBasisClause, percentText } from './format.ts';

/** The label above every comparison's headline, on its page and its social image. */
export const COMPARISON_EYEBROW = 'AI tool comparison';

/** "75%", or "100% (from 3 of 4 reviewers)" when someone sat the round out. */
function figureWithBasis(read: PanelRead): string {
  const basis = panelBasisClause(read);
  return `${percentText(read.shipPercent)}${basis ? ` (${basis})` : ''}`;
}

/** Description of a comparison page: the figures its headline shows. */
export function comparisonDescription(c: Comparison): string {
  return `${c.a.tool.name} ${figureWithBasis(currentRead(c.a))} vs ${c.b.tool.name} ${figureWithBasis(currentRead(c.b))} panel ship. ${c.dek}`;
}

/** Description of a tool page; a share of a partial panel is not called the panel's. */
export function toolDescription(tool: Tool, read: PanelRead | null): string {
  const basis = panelBasisClause(read);
  const figure =
    read && read.total > 0
      ? basis
        ? `${percentText(read.shipPercent)} panel ship, ${basis}. `
        : `${percentText(read.shipPercent)} of the panel ship it. `
      : '';
  return `${tool.name}: ${read?.tagline ?? tool.category}. ${figure}Pricing, verdicts and side-by-side comparisons.`;
}

/** Description of a reviewer page. */
export function reviewerDescription(r: Reviewer): string {
  return `${r.name} (${r.lens}): ${r.motto} Every verdict, by category.`;
}
