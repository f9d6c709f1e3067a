/**
 * `/tools/<slug>/rss.xml`: a feed per tool that announces each new review round, so a reader can
 * follow one tool without following the whole site.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { getSite } from '../../../fs/site-loader.ts';
import type { Tool } from '../../../core/model.ts';
import { toolFeedItems } from '../../../core/views/rss-items.ts';
import { RSS_STYLESHEET_PATH } from '../../../core/views/paths.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.tools.values()].map((tool) => ({
    params: { slug: tool.slug },
    props: { tool, items: toolFeedItems(site, tool, SITE.url) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { tool, items } = props as { tool: Tool; items: ReturnType<typeof toolFeedItems> };
  return rss({
    title: `${tool.name}: review rounds on ${SITE.name}`,
    description: `Every time the ${SITE.name} panel reviews ${tool.name}: the panel ship figure, who changed their call, and what changed.`,
    site: SITE.url,
    items,
    customData: '<language>en</language>',
    // Opened in a browser, the feed reads as a page (public/rss.xsl); feed readers ignore this.
    stylesheet: RSS_STYLESHEET_PATH,
  });
};
