/**
 * The resolved site: every reference followed, every figure computed, every
 * Markdown body rendered and sanitized. Pages and scripts only read this shape.
 */
import type { Category, EntryPrice, ToolStatus, Verdict } from './vocabulary.ts';

/** A tool's stable facts, independent of any review round. */
export interface Tool {
  slug: string;
  name: string;
  category: Category;
  categorySlug: string;
  entryPrice: EntryPrice;
  pricingNote: string;
  vendor: string;
  website: string;
  license: string;
  status: ToolStatus;
  /** ISO date (YYYY-MM-DD) the facts were last checked. */
  verified: string;
  logo: { src: string; alt: string; width: number; height: number } | null;
  /** Old slugs that keep redirecting to this tool's page. */
  aliases: string[];
  /** Content file the tool came from, relative to the content folder. */
  file: string;
}

/** One panel persona. */
export interface Reviewer {
  slug: string;
  name: string;
  motto: string;
  lens: string;
  bioHtml: string;
  excitedBy: string[];
  tiredOf: string[];
  order: number;
}

/** One reviewer's call on one tool in one review round. */
export interface VerdictEntry {
  reviewer: string;
  tool: string;
  /** Round id: the ISO date the round was held. */
  round: string;
  verdict: Verdict;
  quoteHtml: string;
  quoteText: string;
}

/** The panel's read of a tool in one round: what the page says about it and the calls. */
export interface PanelRead {
  tool: string;
  round: string;
  tagline: string;
  descriptionHtml: string;
  descriptionText: string;
  /** Verdicts in reviewer display order. */
  verdicts: VerdictEntry[];
  ships: number;
  total: number;
  /** Rounded ship share in whole percent; null when the round has no verdicts. */
  shipPercent: number | null;
}

/** Community ship/skip counts for one tool on one comparison. */
export interface CommunityVote {
  ship: number;
  skip: number;
  total: number;
  /** Null when nobody has voted yet (the page shows an em dash). */
  shipPercent: number | null;
}

/** One tool as shown on one comparison page. */
export interface ComparisonSide {
  tool: Tool;
  read: PanelRead;
  community: CommunityVote;
}

/** One scorecard row: a reviewer's two calls, side by side. */
export interface ScorecardRow {
  reviewer: Reviewer;
  a: VerdictEntry | null;
  b: VerdictEntry | null;
}

/** One-glance reading of the scorecard. */
export interface VerdictSummary {
  /** Reviewers who ship both tools. */
  shipBoth: string[];
  /** Reviewers who ship only the first tool. */
  onlyA: string[];
  /** Reviewers who ship only the second tool. */
  onlyB: string[];
  /** Reviewers who skip both. */
  skipBoth: string[];
  /** Which side the panel leans to, or 'tie'. */
  leader: 'a' | 'b' | 'tie';
  /** A one-sentence plain-language summary. */
  sentence: string;
}

/** A published pair, everything its page needs. */
export interface Comparison {
  /** `<a>-vs-<b>`, also the URL segment. */
  slug: string;
  /** Site-relative canonical path, e.g. `/compare/a-vs-b/`. */
  path: string;
  published: string;
  title: string;
  headline: string;
  dek: string;
  a: ComparisonSide;
  b: ComparisonSide;
  scorecard: ScorecardRow[];
  summary: VerdictSummary;
  /** Slugs of other comparisons sharing a tool, newest first. */
  related: string[];
  /** Old slugs that redirect here. */
  aliases: string[];
  /** The editor's note (the comparison file's body), sanitized; null when the file has none. */
  noteHtml: string | null;
  file: string;
}

/** A category with what it holds. */
export interface CategoryGroup {
  name: Category;
  slug: string;
  tools: string[];
  comparisons: string[];
}

/** Everything the site publishes, resolved. */
export interface Site {
  tools: Map<string, Tool>;
  reviewers: Reviewer[];
  /** Newest first. */
  comparisons: Comparison[];
  /** Latest panel read per tool slug (null when a tool has no verdicts yet). */
  latestReads: Map<string, PanelRead | null>;
  /** All verdicts, grouped by reviewer slug, newest round first. */
  verdictsByReviewer: Map<string, VerdictEntry[]>;
  /** Only categories that hold at least one tool, in vocabulary order. */
  categories: CategoryGroup[];
}
