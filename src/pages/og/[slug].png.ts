import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config.ts';
import { getSite } from '../../fs/site-loader.ts';
import { ogImageData } from '../../core/routes/og-image.ts';
import { renderOgImage } from '../../lib/og-render.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.comparisons.map((c) => ({
    params: { slug: c.slug },
    props: { data: ogImageData(c, SITE.name) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data } = props as { data: ReturnType<typeof ogImageData> };
  const png = await renderOgImage(data);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
