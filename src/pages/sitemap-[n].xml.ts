import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../config.ts';
import { getSite } from '../fs/site-loader.ts';
import { sitemapChunks, sitemapUrls, sitemapXml, type SitemapUrl } from '../core/views/sitemap.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return sitemapChunks(sitemapUrls(site, SITE.url)).map((urls, n) => ({
    params: { n: String(n) },
    props: { urls },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { urls } = props as { urls: SitemapUrl[] };
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
