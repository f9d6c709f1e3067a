/**
 * Site-relative URLs of every page kind. Pages, feeds, sitemaps and redirects all
 * build links here so a URL scheme change touches one file.
 */

/** Canonical path of a comparison page. */
export function comparisonPath(slug: string): string {
  return `/compare/${slug}/`;
}

/** Path of a tool's page. */
export function toolPath(slug: string): string {
  return `/tools/${slug}/`;
}

/** Path of a reviewer's page. */
export function reviewerPath(slug: string): string {
  return `/reviewers/${slug}/`;
}

/** Path of a category's page. */
export function categoryPath(slug: string): string {
  return `/categories/${slug}/`;
}

/** Path of a comparison's social image. */
export function ogImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** Path of a comparison's machine-readable record. */
export function comparisonJsonPath(slug: string): string {
  return `/data/comparisons/${slug}.json`;
}

/** Absolute URL of a site path; the origin comes from config so previews get their own links. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The two tool slugs of a comparison slug read in reverse (`a-vs-b` -> `b-vs-a`). */
export function reversedComparisonSlug(a: string, b: string): string {
  return `${b}-vs-${a}`;
}
