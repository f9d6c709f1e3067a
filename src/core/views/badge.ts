/**
 * Embeddable SVG badges: a comparison's or a tool's panel ship figure with the round it comes
 * from, and the community figure when readers have voted. Badges are tiny static files other
 * sites hot-link, so every byte of text is escaped and the whole file stays under 2 KB.
 */
import type { CommunityVote, Comparison, ComparisonSide, PanelRead, Site, Tool } from '../model.ts';
import { communityFigure, communityShare } from './community.ts';
import { currentRead } from './comparison-view.ts';
import { panelSourceText, percentText, shortDateText } from './format.ts';
import { comparisonBadgePath, toolBadgePath } from './paths.ts';
import { toolsWithFigures } from './site-index.ts';

/** Largest badge file the build accepts (bytes). */
export const BADGE_MAX_BYTES = 2048;

/** Longest tool name a badge row draws. */
const ROW_NAME_CHARS = 32;
/** Longest tool name the badge's title spells out; with rows clipped too, the file stays under 2 KB. */
const TITLE_NAME_CHARS = 56;

/** One row of a badge: a tool and its figures. */
export interface BadgeRow {
  name: string;
  read: PanelRead | null;
  community: CommunityVote;
}

/** What every badge of a site shares: the name it carries and the Community figure's rule. */
export interface BadgeContext {
  siteName: string;
  /** Fewest votes that make a community share worth showing (`SITE.votes.minSample`). */
  minSample: number;
}

/** A drawn badge and what a page needs to embed it. */
export interface Badge {
  svg: string;
  width: number;
  height: number;
  /** Full sentence of what the badge says; the SVG <title> and the embed's alt text. */
  title: string;
}

// Dark fills with white text keep contrast above 7:1 and read on light and dark pages alike;
// a mid-grey outline marks the badge's edge on either background.
/** Row fill of a tool the panel has not called (the words say so too). */
export const BADGE_UNREVIEWED_FILL = '#334155';

/** Hue of a 0% figure (red) and of a 100% figure (green); shares between run along the wheel. */
const HUE_AT_ZERO = 0;
const HUE_AT_FULL = 140;

/** `#rrggbb` of an HSL colour (s and l from 0 to 1). */
function hslHex(hue: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * Row fill by the panel figure itself, from red at 0% through amber to green at 100%, so 75% and
 * 100% never look alike; the figure is always written too, so colour is never the only cue.
 */
export function badgeFill(shipPercent: number | null): string {
  if (shipPercent === null) return BADGE_UNREVIEWED_FILL;
  const share = Math.min(100, Math.max(0, shipPercent)) / 100;
  return hslHex(HUE_AT_ZERO + share * (HUE_AT_FULL - HUE_AT_ZERO), 0.7, 0.2);
}
/** Fill behind the site name. */
export const BADGE_LABEL_FILL = '#0f172a';
const OUTLINE = '#94a3b8';
const ROW_HEIGHT = 20;
const PAD = 6;
const FONT = 'Verdana,DejaVu Sans,Geneva,sans-serif';

/** Escapes text for a text node: the badge draws every name in one, where quotes need no escape. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Approximate advance width of text at 11px Verdana. The SVG pins each text to this width with
 * `textLength`, so an estimate a little off only tightens or loosens the letters, never clips.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[ijlI.,:;'|!]/.test(ch)) width += 3.4;
    else if (ch === ' ') width += 3.9;
    else if (/[mwMW%]/.test(ch)) width += 10.5;
    else if (/[A-Z]/.test(ch)) width += 7.6;
    else if (/[0-9]/.test(ch)) width += 7;
    else if (/[a-z]/.test(ch)) width += 6.5;
    else width += 7.2;
  }
  return Math.ceil(width);
}

function clip(name: string, max: number): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}\u2026`;
}

/** The community share a row shows: only with enough votes, the same rule as the Community figure. */
function communityShown(row: BadgeRow, minSample: number): string | null {
  const share = communityShare(row.community, minSample);
  return share === null ? null : percentText(share);
}

/**
 * What a row says in the badge: "SmolVLM2-2B · 75% panel ship, 2 Jun 2026 · 80% community", with
 * "from 3 of 4" after the figure when someone sat the round out, so the drawn share never reads
 * as the whole panel's.
 */
function badgeRowText(row: BadgeRow, minSample: number): string {
  const read = row.read;
  const from = read && read.satOut.length > 0 ? ` from ${read.total} of ${read.panelSize}` : '';
  const panel = read
    ? `${percentText(read.shipPercent)} panel ship${from}, ${shortDateText(read.round)}`
    : 'not reviewed yet';
  const shown = communityShown(row, minSample);
  const community = shown === null ? '' : ` \u00b7 ${shown} community`;
  return `${clip(row.name, ROW_NAME_CHARS)} \u00b7 ${panel}${community}`;
}

/** The sentence a row contributes to the badge's title, with the community figure once anyone voted. */
function rowSentence(row: BadgeRow, minSample: number): string {
  const panel = row.read
    ? `${percentText(row.read.shipPercent)} panel ship (${panelSourceText(row.read)})`
    : 'not reviewed by the panel yet';
  const community =
    row.community.total > 0 ? `, community ${communityFigure(row.community, minSample).words}` : '';
  return `${clip(row.name, TITLE_NAME_CHARS)} ${panel}${community}`;
}

/** Draws a badge: the site's name on the left, one row per tool on the right. */
export function badge(ctx: BadgeContext, rows: readonly BadgeRow[]): Badge {
  const { siteName, minSample } = ctx;
  const texts = rows.map((row) => badgeRowText(row, minSample));
  const labelWidth = textWidth(siteName) + 2 * PAD;
  const rowWidth = Math.max(...texts.map(textWidth)) + 2 * PAD;
  const width = labelWidth + rowWidth;
  const height = ROW_HEIGHT * rows.length;
  const title = `${siteName}: ${rows.map((row) => rowSentence(row, minSample)).join('; ')}`;
  const text = (x: number, y: number, content: string): string =>
    `<text x="${x}" y="${y}" textLength="${textWidth(content)}" lengthAdjust="spacingAndGlyphs">${escapeText(content)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeText(title)}</title>`,
    `<clipPath id="r"><rect width="${width}" height="${height}" rx="4"/></clipPath>`,
    `<g clip-path="url(#r)">`,
    `<rect width="${labelWidth}" height="${height}" fill="${BADGE_LABEL_FILL}"/>`,
    ...rows.map(
      (row, i) =>
        `<rect x="${labelWidth}" y="${i * ROW_HEIGHT}" width="${rowWidth}" height="${ROW_HEIGHT}" fill="${badgeFill(row.read?.shipPercent ?? null)}"/>`,
    ),
    `</g>`,
    `<rect x=".5" y=".5" width="${width - 1}" height="${height - 1}" rx="3.5" fill="none" stroke="${OUTLINE}"/>`,
    `<g fill="#fff" font-family="${FONT}" font-size="11">`,
    text(PAD, height / 2 + 4, siteName),
    ...texts.map((content, i) => text(labelWidth + PAD, i * ROW_HEIGHT + 14, content)),
    `</g></svg>`,
  ];
  return { svg: `${parts.join('')}\n`, width, height, title };
}

/** The badge of a comparison: one row per tool, each with the latest round, as the page leads with. */
export function comparisonBadge(c: Comparison, ctx: BadgeContext): Badge {
  const row = (side: ComparisonSide): BadgeRow => ({
    name: side.tool.name,
    read: currentRead(side),
    community: side.community,
  });
  return badge(ctx, [row(c.a), row(c.b)]);
}

/** The badge of a tool: its latest round and the community figure over all its comparisons. */
export function toolBadge(
  tool: Tool,
  read: PanelRead | null,
  community: CommunityVote,
  ctx: BadgeContext,
): Badge {
  return badge(ctx, [{ name: tool.name, read, community }]);
}

/** Every badge of a site, keyed by its site path. */
export function siteBadges(site: Site, ctx: BadgeContext): Map<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const c of site.comparisons) badges.set(comparisonBadgePath(c.slug), comparisonBadge(c, ctx));
  for (const { tool, read, community } of toolsWithFigures(site, [...site.tools.keys()]))
    badges.set(toolBadgePath(tool.slug), toolBadge(tool, read, community, ctx));
  return badges;
}
