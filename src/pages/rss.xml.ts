import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { getSite } from '../fs/site-loader.ts';
import { rssItems } from '../core/views/rss-items.ts';
import { RSS_STYLESHEET_PATH } from '../core/views/paths.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return rss({
    title: `${SITE.name}: AI tool comparisons`,
    description: SITE.tagline,
    site: SITE.url,
    items: rssItems(site, SITE.votes.minSample),
    customData: '<language>en</language>',
    // Opened in a browser, the feed reads as a page (public/rss.xsl); feed readers ignore this.
    stylesheet: RSS_STYLESHEET_PATH,
  });
};
