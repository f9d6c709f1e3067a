import { describe, expect, it } from 'vitest';
import { reversedPairCandidates } from '../../src/core/views/reversed-pair.ts';

describe('reversedPairCandidates', () => {
  it.each([
    ['a reversed pair', '/compare/b-vs-a/', ['/compare/a-vs-b/']],
    ['without the trailing slash', '/compare/b-vs-a', ['/compare/a-vs-b/']],
    [
      'a slug holding -vs- itself, every split',
      '/compare/x-vs-y-vs-z/',
      ['/compare/y-vs-z-vs-x/', '/compare/z-vs-x-vs-y/'],
    ],
    [
      'a seed pair',
      '/compare/perplexity-sonar-pro-2-api-vs-smolvlm2-2b/',
      ['/compare/smolvlm2-2b-vs-perplexity-sonar-pro-2-api/'],
    ],
    ['the same tool twice', '/compare/a-vs-a/', []],
    ['no separator', '/compare/old-pair/', []],
    ['an empty side', '/compare/-vs-a/', []],
    ['upper case', '/compare/B-vs-A/', []],
    ['an encoded character', '/compare/b%2F-vs-a/', []],
    ['a deeper path', '/compare/b-vs-a/extra/', []],
    ['another section', '/tools/b-vs-a/', []],
    ['a dot segment', '/compare/../b-vs-a/', []],
    ['an overlong segment', `/compare/${'a'.repeat(200)}-vs-b/`, []],
    [
      'too many separators to try',
      `/compare/${Array.from({ length: 12 }, (_, i) => `t${i}`).join('-vs-')}/`,
      [],
    ],
  ])('%s', (_, path, expected) => {
    expect(reversedPairCandidates(path)).toEqual(expected);
  });
});
