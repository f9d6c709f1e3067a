import { describe, expect, it } from 'vitest';
import {
  categoryPath,
  comparisonJsonPath,
  comparisonPath,
  isIndexedPath,
  ogImagePath,
  reviewerPath,
  slugFromPath,
  toolPath,
} from '../../src/core/views/paths.ts';

describe('page paths', () => {
  it.each([
    ['comparisonPath', comparisonPath, 'a-vs-b', '/compare/a-vs-b/'],
    ['toolPath', toolPath, 'alpha-ai', '/tools/alpha-ai/'],
    ['reviewerPath', reviewerPath, 'the-builder', '/reviewers/the-builder/'],
    ['categoryPath', categoryPath, 'developer-tools', '/categories/developer-tools/'],
    ['ogImagePath', ogImagePath, 'a-vs-b', '/og/a-vs-b.png'],
    ['comparisonJsonPath', comparisonJsonPath, 'a-vs-b', '/data/comparisons/a-vs-b.json'],
  ])('%s(%s) is %s', (_name, pathOf, slug, path) => expect(pathOf(slug)).toBe(path));
});

describe('slugFromPath reads a slug back from a built path', () => {
  it.each([
    ['/og/a-vs-b.png', ogImagePath, 'a-vs-b'],
    ['/data/comparisons/a-vs-b.json', comparisonJsonPath, 'a-vs-b'],
    ['/og/a-vs-b.json', ogImagePath, null],
    ['/og/.png', ogImagePath, null],
    ['/og/A-vs-B.png', ogImagePath, null],
    ['/og/../secret.png', ogImagePath, null],
    ['/og/a/b.png', ogImagePath, null],
    ['/data/comparisons.json', comparisonJsonPath, null],
    ['/compare/a-vs-b/', ogImagePath, null],
  ])('%s -> %s', (path, pathOf, slug) => expect(slugFromPath(path, pathOf)).toBe(slug));
});

describe('isIndexedPath: only comparison and tool pages are searched', () => {
  it.each([
    ['/compare/a-vs-b/', true],
    ['/tools/alpha-ai/', true],
    ['/', false],
    ['/search/', false],
    ['/reviewers/the-builder/', false],
    ['/categories/writing/', false],
    ['/toolsx/alpha-ai/', false],
    ['/compare/', false],
    ['/tools/a/b/', false],
  ])('%s -> %s', (path, indexed) => expect(isIndexedPath(path)).toBe(indexed));
});
