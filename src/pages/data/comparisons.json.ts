import type { APIRoute } from 'astro';
import { SITE } from '../../config.ts';
import { getSite } from '../../fs/site-loader.ts';
import { comparisonIndexJson } from '../../core/views/comparison-json.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(comparisonIndexJson(site, SITE.url, SITE.votes.minSample)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
