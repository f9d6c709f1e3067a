/**
 * Public JSON shapes of comparisons: one index and one record per comparison.
 * These are an API for readers' scripts, so fields are explicit and stable rather
 * than a dump of the internal model.
 */
import type { CommunityVote, Comparison, ComparisonSide, PanelRead, Site, VerdictEntry } from '../model.ts';
import { communityFigure } from './community.ts';
import { absoluteUrl, comparisonJsonPath, HOME_PATH, ogImagePath, toolPath } from './paths.ts';

/** A tool as one comparison presents it. */
interface ComparisonToolJson {
  slug: string;
  name: string;
  url: string;
  category: string;
  vendor: string;
  website: string;
  license: string;
  status: string;
  entryPrice: string;
  pricingNote: string;
  verified: string;
  /** Review round (its date) the panel figures, tagline and description come from. */
  round: string;
  /** The tool's latest round when the panel re-reviewed it after this comparison was published. */
  reReviewed: PanelFigureJson | null;
  tagline: string;
  description: string;
  panel: Omit<PanelFigureJson, 'round'>;
  community: CommunityJson;
}

/**
 * Community votes as the pages write them: the counts, the share only from `minSample` votes
 * (null below, as on every page), and the figure in words.
 */
interface CommunityJson {
  ship: number;
  skip: number;
  total: number;
  shipPercent: number | null;
  minSample: number;
  text: string;
}

function communityJson(community: CommunityVote, minSample: number): CommunityJson {
  const figure = communityFigure(community, minSample);
  return {
    ship: community.ship,
    skip: community.skip,
    total: community.total,
    shipPercent: figure.percent,
    minSample,
    text: figure.sentence,
  };
}

/**
 * A panel figure and what it rests on: `total` reviewers gave a call out of the `panelSize` on
 * the panel that round (fewer when someone sat it out, with a reason in the round file).
 */
interface PanelFigureJson {
  round: string;
  ships: number;
  total: number;
  panelSize: number;
  shipPercent: number | null;
}

/** The JSON form of a panel read's figure. */
function panelFigureJson(read: PanelRead): PanelFigureJson {
  const { round, ships, total, panelSize, shipPercent } = read;
  return { round, ships, total, panelSize, shipPercent };
}

/** One reviewer's two calls. */
interface ScorecardRowJson {
  reviewer: string;
  name: string;
  lens: string;
  a: { verdict: string; quote: string } | null;
  b: { verdict: string; quote: string } | null;
}

/** The full public record of one comparison. */
export interface ComparisonJson {
  slug: string;
  url: string;
  image: string;
  title: string;
  headline: string;
  dek: string;
  published: string;
  a: ComparisonToolJson;
  b: ComparisonToolJson;
  scorecard: ScorecardRowJson[];
  summary: {
    shipBoth: string[];
    onlyA: string[];
    onlyB: string[];
    skipBoth: string[];
    leader: 'a' | 'b' | 'tie';
    sentence: string;
  };
  related: string[];
}

/** One line of the index: enough to list and link, the rest is in the record. */
interface ComparisonIndexEntry {
  slug: string;
  url: string;
  data: string;
  title: string;
  published: string;
  tools: {
    slug: string;
    name: string;
    category: string;
    panelShipPercent: number | null;
    /** Review round the panel figure comes from. */
    panelRound: string;
    /** Reviewers who gave a call in that round, of `panelSize` on the panel. */
    panelReviewers: number;
    panelSize: number;
    /** The community share from the minimum sample on, as the pages show it; null below. */
    communityShipPercent: number | null;
  }[];
}

/** The index of every comparison, newest first. */
export interface ComparisonIndexJson {
  site: string;
  count: number;
  comparisons: ComparisonIndexEntry[];
}

function toolJson(side: ComparisonSide, origin: string, minSample: number): ComparisonToolJson {
  const { tool, read, newer, community } = side;
  return {
    slug: tool.slug,
    name: tool.name,
    url: absoluteUrl(origin, toolPath(tool.slug)),
    category: tool.category,
    vendor: tool.vendor,
    website: tool.website,
    license: tool.license,
    status: tool.status,
    entryPrice: tool.entryPrice,
    pricingNote: tool.pricingNote,
    verified: tool.verified,
    round: read.round,
    reReviewed: newer ? panelFigureJson(newer) : null,
    tagline: read.tagline,
    description: read.descriptionText,
    panel: { ships: read.ships, total: read.total, panelSize: read.panelSize, shipPercent: read.shipPercent },
    community: communityJson(community, minSample),
  };
}

function call(entry: VerdictEntry | null): ScorecardRowJson['a'] {
  return entry ? { verdict: entry.verdict, quote: entry.quoteText } : null;
}

/** The public record of one comparison; `minSample` is the site's (`SITE.votes.minSample`). */
export function comparisonJson(c: Comparison, origin: string, minSample: number): ComparisonJson {
  return {
    slug: c.slug,
    url: absoluteUrl(origin, c.path),
    image: absoluteUrl(origin, ogImagePath(c.slug)),
    title: c.title,
    headline: c.headline,
    dek: c.dek,
    published: c.published,
    a: toolJson(c.a, origin, minSample),
    b: toolJson(c.b, origin, minSample),
    scorecard: c.scorecard.map((row) => ({
      reviewer: row.reviewer.slug,
      name: row.reviewer.name,
      lens: row.reviewer.lens,
      a: call(row.a),
      b: call(row.b),
    })),
    summary: {
      shipBoth: [...c.summary.shipBoth],
      onlyA: [...c.summary.onlyA],
      onlyB: [...c.summary.onlyB],
      skipBoth: [...c.summary.skipBoth],
      leader: c.summary.leader,
      sentence: c.summary.sentence,
    },
    related: [...c.related],
  };
}

/** The published text of one comparison's record: the build writes it and the dev server serves it. */
export function comparisonJsonText(c: Comparison, origin: string, minSample: number): string {
  return JSON.stringify(comparisonJson(c, origin, minSample), null, 2);
}

/** The index of all comparisons with links to each record. */
export function comparisonIndexJson(site: Site, origin: string, minSample: number): ComparisonIndexJson {
  return {
    site: absoluteUrl(origin, HOME_PATH),
    count: site.comparisons.length,
    comparisons: site.comparisons.map((c) => ({
      slug: c.slug,
      url: absoluteUrl(origin, c.path),
      data: absoluteUrl(origin, comparisonJsonPath(c.slug)),
      title: c.title,
      published: c.published,
      tools: [c.a, c.b].map((s) => ({
        slug: s.tool.slug,
        name: s.tool.name,
        category: s.tool.category,
        panelShipPercent: s.read.shipPercent,
        panelRound: s.read.round,
        panelReviewers: s.read.total,
        panelSize: s.read.panelSize,
        communityShipPercent: communityFigure(s.community, minSample).percent,
      })),
    })),
  };
}
