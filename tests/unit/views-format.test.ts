import { describe, expect, it } from 'vitest';
import type { PanelRead } from '../../src/core/model.ts';
import {
  countText,
  dateText,
  panelCall,
  percentText,
  tallyText,
  votesText,
} from '../../src/core/views/format.ts';

const read = (shipPercent: number | null): PanelRead => ({
  tool: 't',
  round: '2026-01-01',
  tagline: '',
  descriptionHtml: '',
  descriptionText: '',
  verdicts: [],
  ships: 0,
  total: shipPercent === null ? 0 : 4,
  shipPercent,
  panelSize: shipPercent === null ? 0 : 4,
  satOut: [],
});

describe('figures and words', () => {
  it.each([
    [75, '75%'],
    [0, '0%'],
    [null, '\u2014'],
  ])('percentText(%s) is %s', (value, text) => expect(percentText(value)).toBe(text));

  it.each([
    [1, 'vote', '1 vote'],
    [12, 'vote', '12 votes'],
    [20000, 'tool', '20,000 tools'],
  ])('countText(%i, %s) is %s', (n, noun, text) => expect(countText(n, noun)).toBe(text));

  it.each([
    [5, 4, '5 tools, 4 shipped'],
    [1, 0, '1 tool, 0 shipped'],
  ])('tallyText(%i, %i) is %s', (tools, shipped, text) => expect(tallyText(tools, shipped)).toBe(text));

  it.each([
    [{ ship: 0, skip: 0, total: 0, shipPercent: null }, null],
    [{ ship: 1, skip: 0, total: 1, shipPercent: 100 }, '1 vote'],
    [{ ship: 9, skip: 6, total: 15, shipPercent: 60 }, '15 votes'],
  ])('votesText(%o) is %s', (vote, text) => expect(votesText(vote)).toBe(text));

  it.each([
    [100, 'Ship'],
    [51, 'Ship'],
    [50, 'Split'],
    [25, 'Skip'],
    [null, 'Unreviewed'],
  ] as const)('panelCall at %s%% is %s', (percent, call) => expect(panelCall(read(percent))).toBe(call));

  it('panelCall without a read is Unreviewed', () => expect(panelCall(null)).toBe('Unreviewed'));

  it.each([
    ['2026-06-09', '9 June 2026'],
    ['2026-12-31', '31 December 2026'],
    ['not a date', 'not a date'],
  ])('dateText(%s) is %s', (iso, text) => expect(dateText(iso)).toBe(text));
});
