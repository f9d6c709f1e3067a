/**
 * Feed entries for the newest comparisons. Feed readers poll often, so the feed
 * stays short; the full list lives in the JSON index and sitemap.
 */
import type { Site, Tool } from '../model.ts';
import { escapeHtml } from '../newsletter/escape-html.ts';
import { panelFigureText } from './format.ts';
import { absoluteUrl, toolPath } from './paths.ts';
import { toolHistoryView } from './tool-history.ts';

/** Comparisons a feed carries. */
const RSS_LIMIT = 50;

/** One feed item in the shape @astrojs/rss expects. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML, as feed readers read it: content in it is escaped here, and the library escapes it again for XML. */
  description: string;
  categories: string[];
}

/** Feed items, newest first; links are site-relative and the feed resolves them against the site URL. */
export function rssItems(site: Site, limit = RSS_LIMIT): RssItem[] {
  return site.comparisons.slice(0, limit).map((c) => ({
    title: c.title,
    link: c.path,
    pubDate: new Date(`${c.published}T00:00:00Z`),
    description: escapeHtml(
      `${c.dek} Panel ship: ${c.a.tool.name} ${panelFigureText(c.a.read)}, ${c.b.tool.name} ${panelFigureText(c.b.read)}.`,
    ),
    categories: [...new Set([c.a.tool.category, c.b.tool.category])],
  }));
}

/**
 * Feed items announcing each review round of one tool, newest first. Links are absolute because
 * the feed library would otherwise add a trailing slash after the round's fragment.
 */
export function toolFeedItems(site: Site, tool: Tool, origin: string): RssItem[] {
  return toolHistoryView(site, tool).map((r) => ({
    title: `${tool.name} ${r.change === null ? 'reviewed' : 're-reviewed'}: ${r.figure} panel ship${r.basis ? `, ${r.basis}` : ''}`,
    link: absoluteUrl(origin, `${toolPath(tool.slug)}#${r.id}`),
    pubDate: new Date(`${r.round}T00:00:00Z`),
    description: escapeHtml(
      [
        `${r.heading}: ${r.sentence}.`,
        r.change && `${r.change}.`,
        r.flipSentence,
        r.previousTagline !== null && `Tagline changed to “${r.tagline}” (was “${r.previousTagline}”).`,
        r.descriptionChanged && 'The description changed.',
      ]
        .filter((part): part is string => typeof part === 'string')
        .join(' '),
    ),
    categories: [tool.category],
  }));
}
