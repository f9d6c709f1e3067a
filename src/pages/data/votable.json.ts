import type { APIRoute } from 'astro';
import { getSite } from '../../fs/site-loader.ts';
import { SITE } from '../../config.ts';
import { votableJson } from '../../core/votes/catalog.ts';

/** The comparisons readers may vote on and the origin whose pages may vote; the vote API reads this file. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(votableJson(site, SITE.url)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
