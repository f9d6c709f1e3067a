/**
 * XML sitemaps built from the same Site as the pages. Large corpora are split
 * into files of at most SITEMAP_CHUNK URLs (the protocol caps a file at 50,000).
 */
import type { Site } from '../model.ts';
import {
  absoluteUrl,
  categoryPath,
  HOME_PATH,
  reviewerPath,
  REVIEWERS_PATH,
  SEARCH_PATH,
  toolPath,
} from './paths.ts';

/** URLs per sitemap file, below the protocol's 50,000 limit. */
const SITEMAP_CHUNK = 45_000;

/** One sitemap entry. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

/** Every canonical page of the site; redirects and the 404 page are left out. */
export function sitemapUrls(site: Site, origin: string): SitemapUrl[] {
  const at = (path: string): string => absoluteUrl(origin, path);
  const urls: SitemapUrl[] = [HOME_PATH, REVIEWERS_PATH, SEARCH_PATH].map((path) => ({ loc: at(path) }));
  for (const c of site.comparisons) urls.push({ loc: at(c.path), lastmod: c.published });
  for (const tool of site.tools.values()) urls.push({ loc: at(toolPath(tool.slug)), lastmod: tool.verified });
  for (const r of site.reviewers) urls.push({ loc: at(reviewerPath(r.slug)) });
  for (const g of site.categories) urls.push({ loc: at(categoryPath(g.slug)) });
  return urls;
}

/** Split URLs into sitemap-sized chunks (always at least one, possibly empty). */
export function sitemapChunks(urls: readonly SitemapUrl[], size = SITEMAP_CHUNK): SitemapUrl[][] {
  const chunks: SitemapUrl[][] = [];
  for (let i = 0; i < urls.length; i += size) chunks.push(urls.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A `<urlset>` document. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${xmlEscape(u.lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>\n`;
}

/** A `<sitemapindex>` document pointing at each chunk file. */
export function sitemapIndexXml(locs: readonly string[]): string {
  const body = locs.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</sitemapindex>\n`;
}
