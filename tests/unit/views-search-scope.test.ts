import { describe, expect, it } from 'vitest';
import {
  comparisonIndexed,
  comparisonSearchScope,
  pagefindIgnore,
} from '../../src/core/views/search/search-scope.ts';
import { comparison, DEEP, MARKETPLACE, seedSite, SONAR } from './views-fixture.ts';

const site = seedSite();

describe('comparisonSearchScope', () => {
  it.each([
    // SmolVLM2-2B's first round (2026-06-02) shows only on the June comparisons.
    [SONAR, { a: true, b: false }],
    [MARKETPLACE, { a: false, b: true }],
    // By September its tool page shows the same round as the comparison.
    [DEEP, { a: false, b: false }],
  ])('%s indexes only round texts no tool page carries', (slug, scope) => {
    expect(comparisonSearchScope(site, comparison(site, slug))).toEqual(scope);
  });

  it('indexes the round texts of a tool whose latest read is unknown', () => {
    const c = comparison(site, DEEP);
    const latestReads = new Map(site.latestReads);
    latestReads.set(c.a.tool.slug, null);
    expect(comparisonSearchScope({ ...site, latestReads }, c)).toEqual({ a: true, b: false });
  });
});

describe('comparisonIndexed', () => {
  it.each([
    ['a round no tool page shows', { a: true, b: false }, null, true],
    ["an editor's note", { a: false, b: false }, '<p>Why we paired them.</p>', true],
    ['only the names and texts the tool pages carry', { a: false, b: false }, null, false],
  ])('a comparison with %s is indexed: %s', (_, scope, noteHtml, indexed) => {
    expect(comparisonIndexed(scope, { noteHtml })).toBe(indexed);
  });
});

describe('pagefindIgnore', () => {
  it.each([
    [true, undefined],
    [false, ''],
  ])('indexed=%s gives data-pagefind-ignore=%j', (indexed, value) => {
    expect(pagefindIgnore(indexed)).toBe(value);
  });
});
