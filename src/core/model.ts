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
  /** Reviewers on the panel on the round's date: `total` plus those who sat the round out. */
  panelSize: number;
  /** Panel members who sat the round out, with the reason, in reviewer display order. */
  satOut: { reviewer: string; reason: string }[];
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
  /** The tool's latest read when it is newer than `read` (the page was published before it), else null. */
  newer: PanelRead | null;
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

/** A reviewer whose call on a tool changed from one round to the next. */
export interface VerdictFlip {
  reviewer: string;
  from: Verdict;
  to: Verdict;
}

/** One review round of a tool and what changed since the round before it. */
export interface HistoryRound {
  read: PanelRead;
  /** The round before this one, or null for the tool's first round. */
  previous: PanelRead | null;
  /** Reviewers who called this round differently from the previous one, in reviewer order. */
  flips: VerdictFlip[];
  /** Whether the tagline differs from the previous round's (false for the first round). */
  taglineChanged: boolean;
  /** Whether the description differs from the previous round's (false for the first round). */
  descriptionChanged: boolean;
}

/** Every review round of a tool, oldest first; empty for a tool the panel has not reviewed. */
export interface ToolHistory {
  tool: string;
  rounds: HistoryRound[];
}

/** Everything the site publishes, resolved. */
export interface Site {
  tools: Map<string, Tool>;
  reviewers: Reviewer[];
  /** Newest first. */
  comparisons: Comparison[];
  /** Latest panel read per tool slug (null when a tool has no verdicts yet). */
  latestReads: Map<string, PanelRead | null>;
  /** Every round of every tool, by tool slug. */
  histories: Map<string, ToolHistory>;
  /** All verdicts, grouped by reviewer slug, newest round first. */
  verdictsByReviewer: Map<string, VerdictEntry[]>;
  /** Only categories that hold at least one tool, in vocabulary order. */
  categories: CategoryGroup[];
}
