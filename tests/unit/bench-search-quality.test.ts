/**
 * The search quality report: where a judged page lands in a tier's list, whether that meets the
 * judgement, the counts per tier, and judged sets that are well formed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meets, placeOf, readQualitySet, score, type JudgedQuery } from '../../bench/lib/search-quality.ts';

const query = (judged: JudgedQuery['judged']): JudgedQuery => ({
  query: 'q',
  kind: 'name',
  expect: '/x/',
  judged,
});

describe('placing a judged page', () => {
  it.each([
    [['/x/', '/y/'], 1, true, true],
    [['/y/', '/z/', '/x/'], 3, false, true],
    [['/a/', '/b/', '/c/', '/x/'], 4, false, false],
    [[], null, false, false],
  ])('%j puts /x/ at %s', (listed, place, first, top3) => {
    expect(placeOf(listed, '/x/')).toBe(place);
    expect(meets(place, 'first')).toBe(first);
    expect(meets(place, 'top3')).toBe(top3);
  });

  it('counts per tier and the judgements that held', () => {
    const results = [
      { query: query({ suggest: 'first' }), places: { suggest: 1, fulltext: null } },
      { query: query({ suggest: 'first', fulltext: 'top3' }), places: { suggest: 2, fulltext: 3 } },
      { query: query({ fulltext: 'first' }), places: { suggest: null, fulltext: 1 } },
    ];
    expect(score(results)).toEqual({
      tiers: { suggest: { first: 1, top3: 2, queries: 3 }, fulltext: { first: 1, top3: 2, queries: 3 } },
      judged: { held: 3, of: 4 },
    });
  });
});

describe('judged sets', () => {
  it.each(['bench/search-quality/seeds.json', 'bench/search-quality/corpus-20000.json'])(
    '%s is well formed',
    (path) => {
      const queries = readQualitySet(path);
      expect(queries.length).toBeGreaterThanOrEqual(10);
      // Every kind the set must cover is there.
      const kinds = queries.map((q) => q.kind).join(' ');
      for (const kind of ['name', 'misspelt', 'A vs B', 'category', 'quote', 'price'])
        expect(kinds).toContain(kind);
    },
  );

  it('refuses a query without judged tiers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-'));
    try {
      const file = join(dir, 'set.json');
      writeFileSync(
        file,
        JSON.stringify({ queries: [{ query: 'q', kind: 'name', expect: '/x/', judged: {} }] }),
      );
      expect(() => readQualitySet(file)).toThrow(/query 1 needs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
