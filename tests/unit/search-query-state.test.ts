/** The search page's query: what a URL (or the form) asks for, and the URL that asks for it again. */
import { describe, expect, it } from 'vitest';
import {
  MAX_TERM_LENGTH,
  isEmptyQuery,
  pagefindFilters,
  parseQuery,
  queryString,
  resultCountText,
} from '../../src/client/search/query-state.ts';

const CHOICES = new Map([
  ['type', ['Comparison', 'Tool']],
  ['price', ['Free', 'Freemium', 'Paid']],
]);

describe('parseQuery', () => {
  it.each([
    { case: 'nothing', url: '', expected: { term: '', filters: {} } },
    { case: 'a term, trimmed', url: '?q=%20%20Sonar%20Pro%20', expected: { term: 'Sonar Pro', filters: {} } },
    {
      case: 'a term and a filter',
      url: '?q=vision&type=Tool',
      expected: { term: 'vision', filters: { type: ['Tool'] } },
    },
    {
      case: 'filter values in the order the form shows them, once each',
      url: '?price=Paid&price=Free&price=Paid',
      expected: { term: '', filters: { price: ['Free', 'Paid'] } },
    },
    {
      case: 'a filter the form does not have',
      url: '?colour=Red&type=Tool',
      expected: { term: '', filters: { type: ['Tool'] } },
    },
    {
      case: 'a value the form does not offer',
      url: '?type=Tool&type=%3Cscript%3E',
      expected: { term: '', filters: { type: ['Tool'] } },
    },
    { case: 'an empty value', url: '?type=', expected: { term: '', filters: {} } },
    { case: 'a repeated q: the first counts', url: '?q=one&q=two', expected: { term: 'one', filters: {} } },
    { case: 'a term of spaces', url: '?q=+++', expected: { term: '', filters: {} } },
  ])('$case', ({ url, expected }) => {
    expect(parseQuery(new URLSearchParams(url), CHOICES)).toEqual(expected);
  });

  it(`cuts a term longer than ${MAX_TERM_LENGTH} characters`, () => {
    const query = parseQuery(new URLSearchParams({ q: 'x'.repeat(100_000) }), CHOICES);
    expect(query.term).toBe('x'.repeat(MAX_TERM_LENGTH));
  });
});

describe('queryString', () => {
  it.each([
    { case: 'an empty query', query: { term: '', filters: {} }, expected: '' },
    { case: 'a term', query: { term: 'Sonar Pro', filters: {} }, expected: '?q=Sonar+Pro' },
    {
      case: 'filters only',
      query: { term: '', filters: { price: ['Free', 'Paid'] } },
      expected: '?price=Free&price=Paid',
    },
    {
      case: 'a term with reserved characters, then filters',
      query: { term: 'a&b=c #1', filters: { type: ['Tool'] } },
      expected: '?q=a%26b%3Dc+%231&type=Tool',
    },
  ])('$case', ({ query, expected }) => {
    expect(queryString(query)).toBe(expected);
  });

  it.each(['?q=Sonar+Pro', '?q=a%26b%3Dc+%231&type=Tool', '?type=Comparison&type=Tool&price=Freemium'])(
    'a URL it wrote reads back as the same query: %s',
    (url) => {
      expect(queryString(parseQuery(new URLSearchParams(url), CHOICES))).toBe(url);
    },
  );
});

describe('isEmptyQuery', () => {
  it.each([
    { query: { term: '', filters: {} }, expected: true },
    { query: { term: 'a', filters: {} }, expected: false },
    { query: { term: '', filters: { type: ['Tool'] } }, expected: false },
  ])('$query → $expected', ({ query, expected }) => {
    expect(isEmptyQuery(query)).toBe(expected);
  });
});

describe('pagefindFilters', () => {
  it('asks for any chosen value of each filter', () => {
    expect(pagefindFilters({ term: '', filters: { type: ['Tool'], price: ['Free', 'Paid'] } })).toEqual({
      type: { any: ['Tool'] },
      price: { any: ['Free', 'Paid'] },
    });
  });
});

describe('resultCountText', () => {
  it.each([
    [0, '0 results'],
    [1, '1 result'],
    [2, '2 results'],
  ])('%i → %s', (count, expected) => {
    expect(resultCountText(count)).toBe(expected);
  });
});
