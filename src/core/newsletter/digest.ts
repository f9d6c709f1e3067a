/**
 * The "Weekly AI Tool Verdicts" issue for a period: every comparison published in it, with both
 * tools' panel figures and one quote, then the verdict flips and new tools of the period, as an
 * email-safe HTML body and a plain-text body.
 */
import type { Comparison, ComparisonSide, Reviewer, Site, VerdictEntry } from '../model.ts';
import { absoluteUrl, comparisonPath, HOME_PATH } from '../views/paths.ts';
import { dateText, panelSentence, panelSourceText, percentText } from '../views/format.ts';
import { VERDICT_LABELS } from '../vocabulary.ts';
import { flipsIn, newToolsIn, type DigestFlip, type DigestNewTool } from './digest-rounds.ts';
import { excerpt } from './excerpt.ts';
import { isoWeek } from './iso-week.ts';
import { renderDigestHtml } from './digest-html.ts';
import { renderDigestText } from './digest-text.ts';
import { withUtm } from './utm.ts';

/** Inclusive range of publish dates, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** What the issue needs besides the content: where links point and what the issue is called. */
export interface DigestOptions {
  period: Period;
  /** Site origin for canonical links, e.g. https://shipworthy.dev. */
  origin: string;
  siteName: string;
  newsletterName: string;
}

/** One tool of a featured comparison, with its panel figure already worded. */
export interface DigestSide {
  name: string;
  /** "75%", or an em dash when the round has no verdicts. */
  shipPercent: string;
  /** "3 of 4 reviewers ship it". */
  panel: string;
  /**
   * "panel read of 2 June 2026": the review round the figure comes from, and "…, from 3 of 4
   * reviewers" when someone sat it out.
   */
  source: string;
}

/** The quote an item shows and whose it is. */
interface DigestQuote {
  reviewer: string;
  tool: string;
  verdict: string;
  text: string;
}

/** One featured comparison. */
export interface DigestItem {
  headline: string;
  published: string;
  summary: string;
  url: string;
  a: DigestSide;
  b: DigestSide;
  quote: DigestQuote | null;
}

/** Everything both renderings show, already worded; neither renderer decides anything. */
export interface DigestIssue {
  title: string;
  subject: string;
  campaign: string;
  periodText: string;
  intro: string;
  homeUrl: string;
  siteName: string;
  items: DigestItem[];
  /** Tools re-reviewed in the period whose panel figure changed. */
  flips: DigestFlip[];
  /** Tools the panel reviewed for the first time in the period. */
  newTools: DigestNewTool[];
}

/** The rendered issue. */
export interface Digest {
  subject: string;
  campaign: string;
  html: string;
  text: string;
  /** Comparisons in the issue. */
  count: number;
  /** Verdict flips and new tools in the issue. */
  flips: number;
  newTools: number;
}

/** Emails quote the opening of a reviewer's take; the full quote is one click away. */
const QUOTE_EXCERPT_LENGTH = 320;

/** Comparisons published within the period (inclusive), in the site's newest-first order. */
export function comparisonsIn(site: Site, period: Period): Comparison[] {
  return site.comparisons.filter((c) => c.published >= period.from && c.published <= period.to);
}

/**
 * The issue for the period, or null when the period has no comparison, no verdict flip and no
 * new tool: an empty issue is never sent.
 */
export function buildDigest(site: Site, options: DigestOptions): Digest | null {
  const issue = digestIssue(site, options);
  if (!issue) return null;
  return {
    subject: issue.subject,
    campaign: issue.campaign,
    html: renderDigestHtml(issue),
    text: renderDigestText(issue),
    count: issue.items.length,
    flips: issue.flips.length,
    newTools: issue.newTools.length,
  };
}

/** The issue's words and links, before rendering; null when the period has nothing to tell. */
export function digestIssue(site: Site, options: DigestOptions): DigestIssue | null {
  const { period, origin } = options;
  // The campaign is the week the issue goes out, which is the week the period ends.
  const campaign = isoWeek(period.to);
  const utm = { source: 'newsletter', medium: 'email', campaign };
  const comparisons = comparisonsIn(site, period);
  const flips = flipsIn(site, period, origin, utm);
  const newTools = newToolsIn(site, period, origin, utm);
  if (comparisons.length + flips.length + newTools.length === 0) return null;
  const reviewers = new Map(site.reviewers.map((r) => [r.slug, r]));
  return {
    title: `${options.newsletterName}: ${campaign}`,
    subject: `${options.newsletterName}: ${subjectTopics(comparisons, flips, newTools)}`,
    campaign,
    periodText: `${dateText(period.from)} to ${dateText(period.to)}`,
    intro: introText(comparisons.length, flips.length, newTools.length),
    homeUrl: withUtm(absoluteUrl(origin, HOME_PATH), utm),
    siteName: options.siteName,
    items: comparisons.map((c) => ({
      headline: c.headline,
      published: dateText(c.published),
      summary: c.summary.sentence,
      url: withUtm(absoluteUrl(origin, comparisonPath(c.slug)), utm),
      a: side(c.a),
      b: side(c.b),
      quote: quoteOf(pickQuote(c), c, reviewers),
    })),
    flips,
    newTools,
  };
}

/** What the subject line names: the comparisons' headlines, else the tools that flipped or are new. */
function subjectTopics(comparisons: Comparison[], flips: DigestFlip[], newTools: DigestNewTool[]): string {
  if (comparisons.length > 0) return comparisons.map((c) => c.headline).join('; ');
  const parts = [];
  if (flips.length > 0) parts.push(`verdict flips on ${flips.map((f) => f.name).join(', ')}`);
  if (newTools.length > 0) parts.push(`new: ${newTools.map((t) => t.name).join(', ')}`);
  return parts.join('; ');
}

/** "2 new comparisons from the panel, 1 verdict flip and 3 new tools." */
function introText(comparisons: number, flips: number, tools: number): string {
  const parts = [
    comparisons > 0 && (comparisons === 1 ? 'one new comparison' : `${comparisons} new comparisons`),
    flips > 0 && (flips === 1 ? 'one verdict flip' : `${flips} verdict flips`),
    tools > 0 && (tools === 1 ? 'one new tool' : `${tools} new tools`),
  ].filter((part): part is string => typeof part === 'string');
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} from the panel.`;
}

/**
 * The verdict whose quote an item shows: the first reviewer (scorecard order) who calls the two
 * tools differently, since a split says most about the pair; else the first reviewer's take on
 * the first tool.
 */
export function pickQuote(comparison: Comparison): VerdictEntry | null {
  const rows = comparison.scorecard;
  const split = rows.find((row) => row.a && row.b && row.a.verdict !== row.b.verdict);
  if (split?.a) return split.a;
  return rows.find((row) => row.a)?.a ?? null;
}

function side({ tool, read }: ComparisonSide): DigestSide {
  return {
    name: tool.name,
    shipPercent: percentText(read.shipPercent),
    panel: panelSentence(read),
    source: panelSourceText(read),
  };
}

function quoteOf(
  verdict: VerdictEntry | null,
  comparison: Comparison,
  reviewers: Map<string, Reviewer>,
): DigestQuote | null {
  if (!verdict) return null;
  const tool = verdict.tool === comparison.a.tool.slug ? comparison.a.tool : comparison.b.tool;
  return {
    reviewer: reviewers.get(verdict.reviewer)?.name ?? verdict.reviewer,
    tool: tool.name,
    verdict: VERDICT_LABELS[verdict.verdict],
    // The sanitized plain text of the quote: content never reaches the email as markup.
    text: excerpt(verdict.quoteText, QUOTE_EXCERPT_LENGTH),
  };
}
