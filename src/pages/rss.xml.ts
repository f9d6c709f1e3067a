import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { getSite } from '../fs/site-loader.ts';
import { rssItems } from '../core/views/rss-items.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return rss({
    title: `${SITE.name}: AI tool comparisons`,
    description: SITE.tagline,
    site: SITE.url,
    items: rssItems(site),
    customData: '<language>en</language>',
  });
};
