import type { APIRoute } from 'astro';
import { getSite } from '../../fs/site-loader.ts';
import { votableJson } from '../../core/votes/catalog.ts';

/** The comparisons readers may vote on; the vote API reads this file from the build. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(votableJson(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
