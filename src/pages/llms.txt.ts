import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { getSite } from '../fs/site-loader.ts';
import { llmsTxt } from '../core/views/llms-txt.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const text = llmsTxt(site, {
    origin: SITE.url,
    name: SITE.name,
    tagline: SITE.tagline,
    independence: SITE.independence,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
