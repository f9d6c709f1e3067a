/**
 * "Embed this" for a badge: where the page finds it, and the HTML and Markdown that show it on
 * another site, linking back. The page carries only the addresses; the snippets are written in
 * the browser from the badge file itself (its <title> and size) when the reader opens the block,
 * so every page is not weighed down by text only a site owner copies.
 */
import { escapeHtml } from '../newsletter/escape-html.ts';
import { markdownText } from './markdown-text.ts';
import { absoluteUrl } from './paths.ts';

/** Where an "Embed this" block finds its badge and the page the badge links back to. */
export interface BadgeEmbed {
  /** Site path of the badge, for the preview and the link without JavaScript. */
  badgePath: string;
  badgeUrl: string;
  pageUrl: string;
}

/** The embed block of the badge served at `badgePath` for the page at `pagePath`. */
export function badgeEmbed(badgePath: string, pagePath: string, origin: string): BadgeEmbed {
  return { badgePath, badgeUrl: absoluteUrl(origin, badgePath), pageUrl: absoluteUrl(origin, pagePath) };
}

/** What a badge file says of itself: its <title> (the embed's alt text) and its size. */
export interface BadgeFacts {
  title: string;
  width: number;
  height: number;
}

/** Ready-to-paste snippets that show a badge and link back to its page; URLs are absolute. */
export interface EmbedSnippets {
  html: string;
  markdown: string;
}

export function embedSnippets(
  badge: BadgeFacts,
  embed: Pick<BadgeEmbed, 'badgeUrl' | 'pageUrl'>,
): EmbedSnippets {
  const { badgeUrl, pageUrl } = embed;
  return {
    html: `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(badgeUrl)}" alt="${escapeHtml(badge.title)}" width="${badge.width}" height="${badge.height}"></a>`,
    markdown: `[![${markdownText(badge.title)}](${badgeUrl})](${pageUrl})`,
  };
}
