import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { absoluteUrl, SITEMAP_INDEX_PATH } from '../core/views/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITE.url, SITEMAP_INDEX_PATH)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
