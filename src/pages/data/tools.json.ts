/** Every tool's latest figures and calls, for the compare-any page (`/compare/?a=&b=`). */
import type { APIRoute } from 'astro';
import { getSite } from '../../fs/site-loader.ts';
import { communityFigures } from '../../core/figures.ts';
import { compareData } from '../../core/views/compare-any.ts';
import { siteIndex } from '../../core/views/site-index.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const { communityByTool } = siteIndex(site);
  const data = compareData(site, (slug) => communityByTool.get(slug) ?? communityFigures(undefined));
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
