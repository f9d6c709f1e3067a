import { describe, expect, it } from 'vitest';
import { digestOf, pageCacheKey, withCacheKeys } from '../../src/build/page-cache-key.ts';

describe('digestOf', () => {
  it.each([
    ['key order', { a: 1, b: [2, 3] }, { b: [2, 3], a: 1 }],
    ['a copy of a Map', new Map([['x', { n: 1 }]]), new Map([['x', { n: 1 }]])],
  ])('ignores %s', (_, a, b) => expect(digestOf(a)).toBe(digestOf(b)));

  it.each([
    ['a nested figure', { tool: { ship: 75 } }, { tool: { ship: 76 } }],
    ['a Map entry', new Map([['x', 1]]), new Map([['x', 2]])],
    ['a Set member', new Set(['a']), new Set(['b'])],
    ['null and undefined', { a: null }, { a: undefined }],
    ['a number and its text', [1], ['1']],
    ['array order', [1, 2], [2, 1]],
  ])('tells apart %s', (_, a, b) => expect(digestOf(a)).not.toBe(digestOf(b)));

  it.each([
    ['a function', { render: () => 1 }],
    ['a class instance', { when: new URL('https://example.com') }],
  ])('refuses %s, so no part of a page input goes unkeyed', (_, value) => {
    expect(() => digestOf(value)).toThrow(TypeError);
  });

  it('digests an object that appears twice, which is not a cycle', () => {
    const shared = { n: 1 };
    expect(digestOf({ a: shared, b: [shared, shared] })).toBe(
      digestOf({ a: { n: 1 }, b: [{ n: 1 }, { n: 1 }] }),
    );
  });

  it('refuses a value that contains itself', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => digestOf(loop)).toThrow(/contains itself/);
    const deep: unknown[] = [];
    deep.push({ inner: new Map([['back', deep]]) });
    expect(() => digestOf(deep)).toThrow(/contains itself/);
  });
});

describe('withCacheKeys', () => {
  it('keys each path by its props and keeps the rest', () => {
    const [a, b, c] = withCacheKeys([
      { params: { slug: 'a' }, props: { n: 1 } },
      { params: { slug: 'b' }, props: { n: 1 } },
      { params: { slug: 'c' }, props: { n: 2 } },
    ]);
    expect(a?.params).toEqual({ slug: 'a' });
    expect(a?.cacheKey).toBe(pageCacheKey({ n: 1 }));
    expect(b?.cacheKey).toBe(a?.cacheKey);
    expect(c?.cacheKey).not.toBe(a?.cacheKey);
  });
});
