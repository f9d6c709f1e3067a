import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { getSite } from '../fs/site-loader.ts';
import { absoluteUrl, sitemapPath } from '../core/views/paths.ts';
import { sitemapChunks, sitemapIndexXml, sitemapUrls } from '../core/views/sitemap.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const chunks = sitemapChunks(sitemapUrls(site, SITE.url));
  const locs = chunks.map((_, n) => absoluteUrl(SITE.url, sitemapPath(n)));
  return new Response(sitemapIndexXml(locs), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
