/**
 * The catalogue of hostile inputs: each case is content an attacker or a careless
 * editor could send in a pull request, with every line validation must print for it. Cases live
 * in tests/unit/hostile/, one file per group of kinds; the runner here also holds every
 * printed line, plain and as a GitHub annotation, to being exactly one printable line.
 */
import { describe, expect, it } from 'vitest';
import { boundsCases } from './hostile/cases-bounds.ts';
import { duplicateCases } from './hostile/cases-duplicates.ts';
import { filesCases } from './hostile/cases-files.ts';
import { CONSTRUCTOR_PAIR, keyCases } from './hostile/cases-keys.ts';
import { messageCases } from './hostile/cases-messages.ts';
import { oneRunCases } from './hostile/cases-one-run.ts';
import { outputCases } from './hostile/cases-output.ts';
import { HOSTILE_KINDS, runCase, siteOf, type HostileCase } from './hostile/harness.ts';

const catalogue: HostileCase[] = [
  ...keyCases,
  ...duplicateCases,
  ...boundsCases,
  ...outputCases,
  ...filesCases,
  ...messageCases,
  ...oneRunCases,
];

// Anything a terminal or a CI runner could read as a line break, a control sequence or reordered text.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

describe('hostile content catalogue', () => {
  it.each(catalogue.map((entry) => ({ ...entry, label: `${entry.kind}: ${entry.name}` })))(
    'class $label',
    (entry) => {
      const { lines, annotations } = runCase(entry);
      expect(lines).toEqual(entry.expected);
      for (const line of [...lines, ...annotations]) {
        expect(line, 'one printable line').not.toMatch(UNPRINTABLE);
      }
      for (const line of lines) expect(line, 'never read as a workflow command').not.toMatch(/^(::|##\[)/);
    },
  );

  it('holds cases of every kind of hostile input', () => {
    const kinds = new Set(catalogue.map((entry) => entry.kind));
    expect([...HOSTILE_KINDS].filter((kind) => !kinds.has(kind))).toEqual([]);
  });
});

describe('a tool slugged like something every object has', () => {
  it('is published with its own votes and round, not ones inherited from Object.prototype', () => {
    const site = siteOf({ write: CONSTRUCTOR_PAIR });
    const page = site?.comparisons.find((c) => c.slug === 'alpha-ai-vs-constructor');
    expect(page?.b.tool.slug).toBe('constructor');
    expect(page?.b.community).toEqual({ ship: 3, skip: 1, total: 4, shipPercent: 75 });
    expect(page?.a.community).toEqual({ ship: 1, skip: 3, total: 4, shipPercent: 25 });
    expect(page?.b.read.round).toBe('2026-01-10');
  });
});
