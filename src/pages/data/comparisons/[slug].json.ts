import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { getSite } from '../../../fs/site-loader.ts';
import type { Comparison } from '../../../core/model.ts';
import { comparisonJson } from '../../../core/routes/comparison-json.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.comparisons.map((comparison) => ({ params: { slug: comparison.slug }, props: { comparison } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { comparison } = props as { comparison: Comparison };
  return new Response(JSON.stringify(comparisonJson(comparison, SITE.url), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
