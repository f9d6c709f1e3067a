/**
 * Feed entries for the newest comparisons. Feed readers poll often, so the feed
 * stays short; the full list lives in the JSON index and sitemap.
 */
import type { Site } from '../model.ts';
import { percentText } from './format.ts';

/** Comparisons a feed carries. */
const RSS_LIMIT = 50;

/** One feed item in the shape @astrojs/rss expects. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Feed items, newest first; links are site-relative and the feed resolves them against the site URL. */
export function rssItems(site: Site, limit = RSS_LIMIT): RssItem[] {
  return site.comparisons.slice(0, limit).map((c) => ({
    title: c.title,
    link: c.path,
    pubDate: new Date(`${c.published}T00:00:00Z`),
    description: `${c.dek} Panel ship: ${c.a.tool.name} ${percentText(c.a.read.shipPercent)}, ${c.b.tool.name} ${percentText(c.b.read.shipPercent)}.`,
    categories: [...new Set([c.a.tool.category, c.b.tool.category])],
  }));
}
