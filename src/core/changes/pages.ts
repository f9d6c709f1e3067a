/**
 * The pages a site publishes, one per comparison, tool, reviewer and category, each with its URL
 * and the name it is listed under: the unit "what this change publishes" adds, removes and updates.
 */
import type { Site } from '../model.ts';
import { categoryPath, reviewerPath, toolPath } from '../views/paths.ts';

/** The kinds of page, in the order reports list them. */
const PAGE_KINDS = ['comparison', 'tool', 'reviewer', 'category'] as const;
type PageKind = (typeof PAGE_KINDS)[number];

/** One published page. */
export interface Page {
  kind: PageKind;
  slug: string;
  /** Site-relative URL. */
  path: string;
  /** What the page is called (a comparison's title, a tool's or reviewer's name). */
  name: string;
}

/** Every page of the site keyed by its URL. */
export function sitePages(site: Site): Map<string, Page> {
  const pages: Page[] = [
    ...site.comparisons.map((c) => page('comparison', c.slug, c.path, c.title)),
    ...[...site.tools.values()].map((t) => page('tool', t.slug, toolPath(t.slug), t.name)),
    ...site.reviewers.map((r) => page('reviewer', r.slug, reviewerPath(r.slug), r.name)),
    ...site.categories.map((g) => page('category', g.slug, categoryPath(g.slug), g.name)),
  ];
  return new Map(pages.map((p) => [p.path, p]));
}

function page(kind: PageKind, slug: string, path: string, name: string): Page {
  return { kind, slug, path, name };
}

/** Report order: by kind, then by URL (code-point order, the same on every machine). */
export function byPage(x: Page, y: Page): number {
  return PAGE_KINDS.indexOf(x.kind) - PAGE_KINDS.indexOf(y.kind) || compareText(x.path, y.path);
}

/** Code-point order of two strings: unlike `localeCompare`, it does not depend on the machine's locale. */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
