/**
 * How the search box reads text: names and queries folded alike, "A vs B" read as two sides,
 * and misspellings measured by an edit distance that gives up past its ceiling.
 */
import { describe, expect, it } from 'vitest';
import { boundedDistance } from '../../src/core/search/edit-distance.ts';
import {
  foldText,
  MAX_QUERY_WORDS,
  MAX_WORD_LENGTH,
  parseQuery,
  wordsOf,
} from '../../src/core/search/text.ts';

describe('foldText and wordsOf', () => {
  it.each([
    ['case and punctuation', 'SmolVLM2-2B', ['smolvlm2', '2b']],
    ['accents', 'Café Crème', ['cafe', 'creme']],
    ['full-width letters', 'ＡＩ Ｐｒｏ', ['ai', 'pro']],
    ['runs of spaces and symbols', '  Image  &  Video ', ['image', 'video']],
    ['letters of other scripts', 'Ключ AI', ['ключ', 'ai']],
    ['nothing but symbols', '-- & --', []],
  ])('%s: %j', (_, text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it('cuts a word longer than the longest kept', () => {
    expect(wordsOf('a'.repeat(500))).toEqual(['a'.repeat(MAX_WORD_LENGTH)]);
    expect(foldText('Ａ-b')).toBe('a b');
  });
});

describe('parseQuery', () => {
  it.each([
    ['a name being typed', 'perplexity so', { words: ['perplexity', 'so'], partial: true, versus: null }],
    ['a finished word', 'sonar ', { words: ['sonar'], partial: false, versus: null }],
    [
      'A vs B',
      'SmolVLM vs Sonar',
      { words: ['smolvlm', 'vs', 'sonar'], partial: true, versus: { a: ['smolvlm'], b: ['sonar'] } },
    ],
    [
      '"versus" and a dot',
      'smolvlm versus. sonar pro',
      {
        words: ['smolvlm', 'versus', 'sonar', 'pro'],
        partial: true,
        versus: { a: ['smolvlm'], b: ['sonar', 'pro'] },
      },
    ],
    [
      'A vs, B not typed yet',
      'smolvlm vs ',
      { words: ['smolvlm', 'vs'], partial: false, versus: { a: ['smolvlm'], b: [] } },
    ],
    ['vs with nothing before it', 'vs code', { words: ['vs', 'code'], partial: true, versus: null }],
    ['nothing', '   ', { words: [], partial: false, versus: null }],
  ])('%s: %j', (_, text, expected) => {
    expect(parseQuery(text)).toEqual(expected);
  });

  it('reads at most the first words of a long query', () => {
    expect(parseQuery('word '.repeat(100)).words).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('boundedDistance', () => {
  it.each([
    ['the same word', 'sonar', 'sonar', 2, 0],
    ['a swap of neighbouring letters', 'smolvml', 'smolvlm', 2, 1],
    ['a letter left out', 'perplexty', 'perplexity', 2, 1],
    ['a letter too many', 'sonnar', 'sonar', 2, 1],
    ['a wrong letter', 'sonor', 'sonar', 2, 1],
    ['two edits', 'preplexty', 'perplexity', 2, 2],
    ['past the ceiling', 'sonar', 'solar power', 2, 3],
    ['past a ceiling of one', 'sonar', 'sxnxr', 1, 2],
    ['lengths too far apart', 'ab', 'abcdef', 2, 3],
    ['empty against a word', '', 'ab', 2, 2],
  ])('%s: %s / %s within %i -> %i', (_, a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
    expect(boundedDistance(b, a, max)).toBe(expected);
  });
});
