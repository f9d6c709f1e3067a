/**
 * Which long texts a comparison page gives the search index. Every text is
 * indexed once, on the page where it lives: a tool's description and its
 * reviewers' quotes for the current round belong to the tool page, so a
 * comparison only indexes them when it shows an earlier round that no other
 * page carries. Without this, each quote would be indexed on every comparison
 * of its tool (about ten at scale) and a phrase search would return the same
 * excerpt ten times over.
 */
import type { Comparison, Site } from '../../model.ts';

/** Per side of the pair: whether its description and quotes are indexed on this page. */
export interface SearchScope {
  a: boolean;
  b: boolean;
}

/** True when the round a comparison shows for a tool is not the one its tool page shows. */
function showsEarlierRound(site: Site, tool: string, round: string): boolean {
  return site.latestReads.get(tool)?.round !== round;
}

/** The search scope of a comparison page's round texts. */
export function comparisonSearchScope(site: Site, c: Comparison): SearchScope {
  return {
    a: showsEarlierRound(site, c.a.tool.slug, c.a.read.round),
    b: showsEarlierRound(site, c.b.tool.slug, c.b.read.round),
  };
}

/** The attribute value that keeps an element out of the index, or nothing when it is indexed. */
export function pagefindIgnore(indexed: boolean): '' | undefined {
  return indexed ? undefined : '';
}

/**
 * Whether a comparison page goes into the full-text index at all: only when it carries text that
 * no other page has, an editor's note or a round its tool page no longer shows. The rest of a
 * comparison page is the two names, which the search box's suggestions find with the pair's
 * page, and texts indexed on the tool pages; indexing it too cost every full-text search the
 * metadata of 20,000 pages that no query needed.
 */
export function comparisonIndexed(scope: SearchScope, c: Pick<Comparison, 'noteHtml'>): boolean {
  return scope.a || scope.b || c.noteHtml !== null;
}
