/**
 * What an option of the suggestion list says: the name, the panel figure beside it and a line
 * saying what it is and what the figure rests on, in the site's wording of figures.
 */
import { roundedPercent } from '../figures.ts';
import { countText, percentText } from '../views/format.ts';
import type { SuggestFigure, Suggestion } from './suggest-match.ts';

/** The three texts of an option. */
export interface SuggestionText {
  name: string;
  /** The panel figure ("75%", "75% · 100%" for a pair), or '' for a category. */
  figure: string;
  detail: string;
}

function percent(f: SuggestFigure): string {
  return percentText(roundedPercent(f.ships, f.total));
}

/** "3 of 4 reviewers ship it", or "not reviewed yet". */
function basis(f: SuggestFigure): string {
  return f.total === 0 ? 'not reviewed yet' : `${f.ships} of ${countText(f.total, 'reviewer')} ship it`;
}

/** The texts of one suggestion. */
export function suggestionText(s: Suggestion): SuggestionText {
  switch (s.kind) {
    case 'tool':
      return {
        name: s.name,
        figure: percent(s.figure),
        detail: ['Tool', s.category, basis(s.figure), ...(s.discontinued ? ['discontinued'] : [])]
          .filter(Boolean)
          .join(' \u00b7 '),
      };
    case 'category':
      return { name: s.name, figure: '', detail: `Category \u00b7 ${countText(s.tools, 'tool')}` };
    case 'comparison':
    case 'compare-any': {
      const [a, b] = s.figures;
      return {
        name: s.name,
        figure: `${percent(a)} \u00b7 ${percent(b)}`,
        detail: `${s.kind === 'comparison' ? 'Comparison' : 'Side by side, not an editorial comparison'} \u00b7 panel ${percent(a)} against ${percent(b)}`,
      };
    }
  }
}

/** The last option of every list: the full-text search for what was typed. */
export function searchAllText(query: string): string {
  return `Search all pages for \u201c${query}\u201d`;
}

/** What the status line says when the list changes. */
export function suggestionCountText(count: number): string {
  return count === 0
    ? 'No suggestions; press Enter to search all pages.'
    : `${countText(count, 'suggestion')}; use the up and down arrows to choose.`;
}
