/**
 * Site-relative URLs of every page kind and every file the site publishes. Pages, feeds,
 * sitemaps, redirects, build scripts and the dev server all take links from here, so a URL
 * scheme change touches one file.
 */

/** The home page: the newest comparisons. */
export const HOME_PATH = '/';

/** The panel page listing every reviewer. */
export const REVIEWERS_PATH = '/reviewers/';

/** The search page (also the action of every search form). */
export const SEARCH_PATH = '/search/';

/** The page that compares any two tools in the browser (`?a=<slug>&b=<slug>`). */
export const COMPARE_ANY_PATH = '/compare/';

/** The RSS feed of the newest comparisons. */
export const RSS_PATH = '/rss.xml';

/** The XSLT that shows a feed as a readable page in a browser (public/rss.xsl). */
export const RSS_STYLESHEET_PATH = '/rss.xsl';

/** The JSON index of every comparison. */
export const COMPARISONS_INDEX_PATH = '/data/comparisons.json';

/** The Markdown site map for language-model readers. */
export const LLMS_TXT_PATH = '/llms.txt';

/** The sitemap index that points at each sitemap file. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The site icon, served from `public/`. */
export const FAVICON_PATH = '/favicon.svg';

/** Folder of the social images, also the prefix their cache rule matches. */
export const OG_IMAGE_DIR = '/og/';

/** Folder of the comparisons' machine-readable records. */
export const COMPARISON_RECORDS_DIR = '/data/comparisons/';

/** The primary Pagefind bundle; the search page loads Pagefind from here. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';

/** Manifest listing every Pagefind bundle, primary first: the indexer writes it, the search page reads it. */
export const SEARCH_MANIFEST_PATH = `${SEARCH_BUNDLE_PATH}bundles.json`;

/** Manifest of the search box's suggestion index: categories and the file of each part. */
export const SUGGEST_MANIFEST_PATH = '/suggest/index.json';

/** Folder of the suggestion index's parts, each named by its content, so they never change under a name. */
export const SUGGEST_FILES_PATH = '/suggest/p/';

/**
 * A script a page loads by URL when the reader first uses what it serves: its source, which
 * `astro dev` serves as it is, and the one file the build bundles it into (src/build/own-script.ts).
 */
export interface OwnScript {
  source: string;
  path: string;
}

/** The search box's suggestion script, loaded on the box's first use. */
export const SUGGEST_SCRIPT: OwnScript = {
  source: '/src/client/suggest/box.ts',
  path: '/suggest/suggest.js',
};

/** What sends a vote from a comparison page, loaded when the reader first reaches for a vote button. */
export const VOTE_SCRIPT: OwnScript = { source: '/src/client/votes/send.ts', path: '/scripts/vote.js' };

/** "Your panel" on a comparison page, loaded when the reader first opens it. */
export const YOUR_PANEL_SCRIPT: OwnScript = {
  source: '/src/client/your-panel/panel.ts',
  path: '/scripts/your-panel.js',
};

/** "Embed this" on comparison and tool pages, loaded when the reader first opens it. */
export const EMBED_SCRIPT: OwnScript = { source: '/src/client/embed/draw.ts', path: '/scripts/embed.js' };

/** Top-level folders whose pages search indexes; the layout marks them and the indexer reads them. */
export const INDEXED_SECTIONS = ['compare', 'tools'] as const;

/** The attribute that marks the part of a page the search index reads; unmarked pages are left out. */
export const SEARCH_BODY_MARK = 'data-pagefind-body';

/** Canonical path of a comparison page. */
export function comparisonPath(slug: string): string {
  return `/compare/${slug}/`;
}

/** Path of a tool's page. */
export function toolPath(slug: string): string {
  return `/tools/${slug}/`;
}

/** Where a tool page lists every review round. */
export function toolHistoryPath(slug: string): string {
  return `${toolPath(slug)}#history`;
}

/** Path of a tool's feed of review rounds. */
export function toolFeedPath(slug: string): string {
  return `${toolPath(slug)}rss.xml`;
}

/** Path of a reviewer's page. */
export function reviewerPath(slug: string): string {
  return `${REVIEWERS_PATH}${slug}/`;
}

/** Path of a category's page. */
export function categoryPath(slug: string): string {
  return `/categories/${slug}/`;
}

/**
 * Path of one page of a category in another order: `by` names the order (null for the
 * default one), `page` counts from 1, e.g. `/categories/x/by-panel/page/2/`.
 */
export function categoryViewPath(slug: string, by: string | null, page: number): string {
  return `${categoryPath(slug)}${by ? `by-${by}/` : ''}${page > 1 ? `page/${page}/` : ''}`;
}

/** Path of a comparison's social image. */
export function ogImagePath(slug: string): string {
  return `${OG_IMAGE_DIR}${slug}.png`;
}

/** Path of a comparison's machine-readable record. */
export function comparisonJsonPath(slug: string): string {
  return `${COMPARISON_RECORDS_DIR}${slug}.json`;
}

/** Path of one sitemap file (0-based), as listed in the sitemap index. */
export function sitemapPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

/** The slug a path names under one of the builders above (`ogImagePath`, …), or null. */
export function slugFromPath(path: string, pathOf: (slug: string) => string): string | null {
  const [prefix = '', suffix = ''] = pathOf('\u0000').split('\u0000');
  if (path.length <= prefix.length + suffix.length || !path.startsWith(prefix) || !path.endsWith(suffix))
    return null;
  const slug = path.slice(prefix.length, path.length - suffix.length);
  return /^[a-z0-9-]+$/.test(slug) ? slug : null;
}

/** True for the canonical path of a page search indexes: `/<section>/<slug>/` in an indexed section. */
export function isIndexedPath(path: string): boolean {
  const [root, section = '', slug = '', ...rest] = path.split('/');
  return (
    root === '' &&
    slug !== '' &&
    rest.join('/') === '' &&
    (INDEXED_SECTIONS as readonly string[]).includes(section)
  );
}

/** Absolute URL of a site path; the origin comes from config so previews get their own links. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Id of the element a vote lands the reader on when the form posts without JavaScript. */
export const COMMUNITY_FRAGMENT = 'community';

/** Where votes are posted. */
export const VOTES_API_PATH = '/api/votes';

/** Where a comparison's live tallies are read. */
export function votesApiPath(comparisonSlug: string): string {
  return `${VOTES_API_PATH}/${comparisonSlug}`;
}

/** Path of a comparison's embeddable badge. */
export function comparisonBadgePath(slug: string): string {
  return `/badges/${slug}.svg`;
}

/** Path of a tool's embeddable badge; comparison slugs always hold `-vs-`, so `tools` never collides. */
export function toolBadgePath(slug: string): string {
  return `/badges/tools/${slug}.svg`;
}
