/**
 * Feed entries for the newest comparisons. Feed readers poll often, so the feed
 * stays short; the full list lives in the JSON index and sitemap.
 */
import type { ComparisonSide, Site, Tool } from '../model.ts';
import { escapeHtml } from '../newsletter/escape-html.ts';
import { communityFigure } from './community.ts';
import { currentRead } from './comparison-view.ts';
import { panelFigureText, percentText } from './format.ts';
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

/** "SmolVLM2-2B 100% (panel read of 15 September 2026; 75% when published)": a side's current figure. */
function sidePanel(side: ComparisonSide): string {
  const figure = panelFigureText(currentRead(side));
  const published = side.newer ? `; ${percentText(side.read.shipPercent)} when published)` : ')';
  return `${side.tool.name} ${figure.replace(/\)$/, published)}`;
}

/**
 * Feed items, newest first, each with both tools' current panel figures and their community
 * figures; links are site-relative and the feed resolves them against the site URL.
 */
export function rssItems(site: Site, minSample: number, limit = RSS_LIMIT): RssItem[] {
  return site.comparisons.slice(0, limit).map((c) => {
    const community = [c.a, c.b]
      .map((s) => `${s.tool.name} ${communityFigure(s.community, minSample).words}`)
      .join('; ');
    return {
      title: c.title,
      link: c.path,
      pubDate: new Date(`${c.published}T00:00:00Z`),
      description: escapeHtml(
        `${c.dek} Panel ship: ${sidePanel(c.a)}, ${sidePanel(c.b)}. Community: ${community}.`,
      ),
      categories: [...new Set([c.a.tool.category, c.b.tool.category])],
    };
  });
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
