/**
 * The search box's keyboard, as the WAI-ARIA combobox pattern has it: arrows move through the
 * options and wrap, Alt+Down opens without moving, Enter follows the active option or submits the
 * search, Escape closes the list and then clears the box, Tab leaves; what the option list shows.
 */
import { describe, expect, it } from 'vitest';
import { closed, pressKey, withOptions, type ComboboxState } from '../../src/core/search/combobox.ts';
import { searchAllText, suggestionCountText, suggestionText } from '../../src/core/search/suggest-text.ts';

const open = (active: number, count = 3): ComboboxState => ({ open: true, active, count });
const shut = (count = 3): ComboboxState => ({ open: false, active: -1, count });

describe('pressKey', () => {
  it.each([
    ['Down opens a closed list on the first option', shut(), 'ArrowDown', false, open(0), 'none', true],
    ['Down moves to the next option', open(0), 'ArrowDown', false, open(1), 'none', true],
    ['Down wraps from the last option to the first', open(2), 'ArrowDown', false, open(0), 'none', true],
    ['Alt+Down opens without choosing', shut(), 'ArrowDown', true, { ...open(-1) }, 'none', true],
    ['Up opens a closed list on the last option', shut(), 'ArrowUp', false, open(2), 'none', true],
    ['Up wraps from the first option to the last', open(0), 'ArrowUp', false, open(2), 'none', true],
    ['Up from no option goes to the last', open(-1), 'ArrowUp', false, open(2), 'none', true],
    ['arrows do nothing without options', shut(0), 'ArrowDown', false, shut(0), 'none', false],
    ['Enter follows the active option', open(1), 'Enter', false, open(1), 'follow', true],
    ['Enter with no option active submits the form', open(-1), 'Enter', false, shut(), 'submit', false],
    ['Enter on a closed list submits the form', shut(), 'Enter', false, shut(), 'submit', false],
    ['Escape closes an open list', open(1), 'Escape', false, shut(), 'none', true],
    ['Escape on a closed list clears the box', shut(), 'Escape', false, shut(), 'clear', true],
    ['Tab closes the list and moves on', open(1), 'Tab', false, shut(), 'none', false],
    ['other keys are the box’s own', open(1), 'a', false, open(1), 'none', false],
  ] as const)('%s', (_, state, key, altKey, next, effect, handled) => {
    expect(pressKey(state, { key, altKey })).toEqual({ state: next, effect, handled });
  });

  it('opens when options arrive, none active, and closes keeping them', () => {
    expect(withOptions(4)).toEqual(open(-1, 4));
    expect(withOptions(0)).toEqual(shut(0));
    expect(closed(open(2, 4))).toEqual(shut(4));
  });
});

describe('what an option says', () => {
  it.each([
    [
      'a tool',
      {
        kind: 'tool',
        name: 'Sonar',
        href: '/tools/sonar/',
        category: 'Research',
        figure: { name: 'Sonar', ships: 3, total: 4 },
        discontinued: false,
      },
      { name: 'Sonar', figure: '75%', detail: 'Tool · Research · 3 of 4 reviewers ship it' },
    ],
    [
      'a tool not reviewed yet, discontinued',
      {
        kind: 'tool',
        name: 'Quill',
        href: '/tools/quill/',
        category: 'Writing',
        figure: { name: 'Quill', ships: 0, total: 0 },
        discontinued: true,
      },
      { name: 'Quill', figure: '—', detail: 'Tool · Writing · not reviewed yet · discontinued' },
    ],
    [
      'a category',
      { kind: 'category', name: 'Research', href: '/categories/research/', tools: 1 },
      { name: 'Research', figure: '', detail: 'Category · 1 tool' },
    ],
    [
      'a comparison',
      {
        kind: 'comparison',
        name: 'A vs B',
        href: '/compare/a-vs-b/',
        figures: [
          { name: 'A', ships: 2, total: 3 },
          { name: 'B', ships: 1, total: 8 },
        ],
      },
      { name: 'A vs B', figure: '67% · 13%', detail: 'Comparison · panel 67% against 13%' },
    ],
    [
      'a pair without a comparison',
      {
        kind: 'compare-any',
        name: 'A vs B',
        href: '/compare/?a=a&b=b',
        figures: [
          { name: 'A', ships: 1, total: 2 },
          { name: 'B', ships: 0, total: 0 },
        ],
      },
      {
        name: 'A vs B',
        figure: '50% · —',
        detail: 'Side by side, not an editorial comparison · panel 50% against —',
      },
    ],
  ] as const)('%s', (_, suggestion, text) => {
    expect(suggestionText(suggestion as Parameters<typeof suggestionText>[0])).toEqual(text);
  });

  it('ends with a search of all pages and says how many options there are', () => {
    expect(searchAllText('sonar')).toBe('Search all pages for “sonar”');
    expect(suggestionCountText(1)).toBe('1 suggestion; use the up and down arrows to choose.');
    expect(suggestionCountText(0)).toBe('No suggestions; press Enter to search all pages.');
  });
});
