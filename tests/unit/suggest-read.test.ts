/**
 * The browser reads the suggestion index's files as untrusted: a manifest, a row or a pair entry
 * of the wrong shape is dropped, never shown or followed.
 */
import { describe, expect, it } from 'vitest';
import { keyWord, readManifest, readPairs, readToolRows } from '../../src/core/search/suggest-read.ts';

const NAME = '0123456789abcdef.json';
const MANIFEST = {
  v: 1,
  categories: [['Research', 'research', 2]],
  parts: { s: NAME },
  tops: {},
  pairs: [NAME],
  near: [NAME],
};

describe('readManifest', () => {
  it('reads a well-formed manifest', () => {
    expect(readManifest(MANIFEST)).toEqual(MANIFEST);
  });

  it('reads a manifest written before near buckets as one without any', () => {
    const { near: _, ...older } = MANIFEST;
    expect(readManifest(older)).toEqual({ ...MANIFEST, near: [] });
  });

  it.each([
    ['another version', { ...MANIFEST, v: 2 }],
    ['a part on another site', { ...MANIFEST, parts: { s: 'https://evil.example/x.json' } }],
    ['a part path that climbs out', { ...MANIFEST, parts: { s: '../../x.json' } }],
    ['a category with a bad slug', { ...MANIFEST, categories: [['X', '../x', 1]] }],
    ['a pair bucket that is not a file name', { ...MANIFEST, pairs: [1] }],
    ['near buckets that are not a list', { ...MANIFEST, near: { 0: NAME } }],
    ['a near bucket on another site', { ...MANIFEST, near: ['https://evil.example/x.json'] }],
    ['an array', [MANIFEST]],
    ['nothing', null],
  ])('refuses %s', (_, value) => {
    expect(readManifest(value)).toBeNull();
  });
});

describe('readToolRows', () => {
  it('keeps the well-formed rows and drops the rest', () => {
    const good = ['Sonar', 'sonar', 0, 1, 2, 3];
    const rows = [
      good,
      ['Old', 'old', 0, 0, 0, 0, ['older name']],
      ['Gone', 'gone', 0, 0, 0, 0, [], 1],
      ['Bad slug', 'javascript:alert(1)', 0, 1, 2, 3],
      ['More ships than calls', 'x', 0, 3, 2, 0],
      ['Negative', 'y', -1, 0, 0, 0],
      ['No name', '', 0, 0, 0, 0],
      [{ name: 'object' }, 'z', 0, 0, 0, 0],
      ['Old names not a list', 'w', 0, 0, 0, 0, 'x'],
      ['Odd trailing flag', 'v', 0, 0, 0, 0, [], 2],
      'not a row',
    ];
    expect(readToolRows(rows)).toEqual([good, rows[1], rows[2]]);
    expect(readToolRows({ rows })).toEqual([]);
  });
});

describe('readPairs', () => {
  it('keeps the entries of the tool asked for that name a side and a slug', () => {
    const bucket = { sonar: ['+smol', '-deep', 'smol', '+../x', 7], other: ['+a'] };
    expect(readPairs(bucket, 'sonar')).toEqual(['+smol', '-deep']);
    expect(readPairs(bucket, 'missing')).toEqual([]);
    expect(readPairs(bucket, '__proto__')).toEqual([]);
    expect(readPairs(null, 'sonar')).toEqual([]);
  });
});

describe('keyWord', () => {
  it('looks a query up by its first word that is not a bare number', () => {
    expect(keyWord(['2', 'sonar'])).toBe('sonar');
    expect(keyWord(['2b'])).toBe('2b');
    expect(keyWord(['2', '3'])).toBeNull();
  });
});
