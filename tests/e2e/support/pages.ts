/**
 * One URL per page kind the site builds, for specs that check every kind the
 * same way (accessibility, network, console). Paths follow src/core/views/paths.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './paths.ts';

/** A page kind and how to reach one page of it. */
export interface PageKind {
  kind: string;
  /** Resolved lazily because some paths come from the build. */
  path: () => string;
  status: number;
}

/** The three seeded comparisons, `<a>-vs-<b>` in published order. */
export const COMPARISON_SLUGS = [
  'smolvlm2-2b-vs-perplexity-sonar-pro-2-api',
  'smolvlm2-2b-vs-perplexity-deep-research-api',
  'hugging-face-inference-providers-marketplace-vs-smolvlm2-2b',
] as const;

/** Canonical path of a comparison. */
export function comparisonPath(slug: string): string {
  return `/compare/${slug}/`;
}

/** Which comparison, tool and category stand for their kind, and the build they come from. */
export interface PageExamples {
  comparison: string;
  tool: string;
  category: string;
  dist: string;
}

/** Every page kind, one example each; examples are read when a test runs, after the build. */
export function pageKinds(examples: () => PageExamples): PageKind[] {
  return [
    { kind: 'home', path: () => '/', status: 200 },
    { kind: 'comparison', path: () => comparisonPath(examples().comparison), status: 200 },
    { kind: 'tool', path: () => `/tools/${examples().tool}/`, status: 200 },
    {
      kind: 'reviewer',
      path: () => `/reviewers/${firstBuiltSlug(examples().dist, 'reviewers')}/`,
      status: 200,
    },
    { kind: 'reviewers index', path: () => '/reviewers/', status: 200 },
    { kind: 'category', path: () => `/categories/${examples().category}/`, status: 200 },
    {
      kind: 'category by community figure',
      path: () => `/categories/${examples().category}/by-community/`,
      status: 200,
    },
    { kind: 'search', path: () => '/search/', status: 200 },
    { kind: '404', path: () => '/no-such-page/', status: 404 },
  ];
}

/** Every page kind of the frozen seed site, one example each. */
export const PAGE_KINDS: PageKind[] = pageKinds(() => ({
  comparison: COMPARISON_SLUGS[0],
  tool: 'smolvlm2-2b',
  category: 'developer-tools',
  dist: DIST_DIR,
}));

/** The first page built under a section, so specs need not know content slugs. */
function firstBuiltSlug(dist: string, section: string): string {
  const slug = readdirSync(join(dist, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
  if (slug === undefined) throw new Error(`No pages built under /${section}/`);
  return slug;
}
