/**
 * What a comparison page shows, in the order a reader needs it: the current read first (each
 * tool's latest round), the decision on it, both figures on one scale with their basis, the
 * panel against the community, the reviewer grid with splits first, and the read the page was
 * published with, kept for readers who arrive from a newsletter that quoted it.
 */
import type { Comparison, ComparisonSide, PanelRead, Reviewer, VerdictEntry } from '../model.ts';
import type { Verdict } from '../vocabulary.ts';
import { communityFigure, panelVersusCommunity, type CommunityFigure } from './community.ts';
import { gridRows, panelPick, splitSentences, type DecisionSide, type PanelPick } from './decision.ts';
import { panelTallyText, percentText } from './format.ts';
import { pullQuote } from './pull-quote.ts';

/** A panel figure and what it rests on, for the decision strip. */
interface PanelFigure {
  value: string;
  percent: number | null;
  /** "4 of 4 ship · 15 Sep 2026" (the round's date), with who sat out when someone did. */
  basis: string;
}

/** One tool's row of the decision strip. */
export interface StripRow {
  position: 'a' | 'b';
  slug: string;
  name: string;
  panel: PanelFigure;
  community: CommunityFigure;
  /** The panel against the community in a sentence, or null with nothing to say. */
  versus: string | null;
}

/** One reviewer's call on one tool in the grid: the chip, a pull quote and the full quote. */
interface GridCall {
  verdict: Verdict;
  pull: string;
  quoteHtml: string;
}

/** One reviewer's row of the grid. */
interface GridRowView {
  reviewer: Reviewer;
  a: GridCall | null;
  b: GridCall | null;
  split: boolean;
}

/** Everything a comparison page shows above its detail. */
export interface ComparisonView {
  /** The read each side's headline shows: its latest round. */
  current: { a: PanelRead; b: PanelRead };
  pick: PanelPick;
  strip: [StripRow, StripRow];
  /** Reviewers who split, one sentence per tool, or a line that nobody does. */
  splits: string[];
  grid: GridRowView[];
  /** Sides re-reviewed since publication, with the read the page was published with. */
  published: { position: 'a' | 'b'; side: ComparisonSide }[];
}

/** The read a side's headline shows: the newest round. */
export function currentRead(side: ComparisonSide): PanelRead {
  return side.newer ?? side.read;
}

/** A side as the decision reads it. */
function decisionSide(side: ComparisonSide): DecisionSide {
  const read = currentRead(side);
  return {
    name: side.tool.name,
    entryPrice: side.tool.entryPrice,
    panel: { ships: read.ships, total: read.total, shipPercent: read.shipPercent },
    calls: Object.fromEntries(read.verdicts.map((v) => [v.reviewer, v.verdict])),
    community: side.community,
  };
}

function stripRow(position: 'a' | 'b', side: ComparisonSide, minSample: number): StripRow {
  const read = currentRead(side);
  return {
    position,
    slug: side.tool.slug,
    name: side.tool.name,
    panel: { value: percentText(read.shipPercent), percent: read.shipPercent, basis: panelTallyText(read) },
    community: communityFigure(side.community, minSample),
    versus: panelVersusCommunity(side.tool.name, read, side.community, minSample),
  };
}

function gridCall(entry: VerdictEntry | undefined): GridCall | null {
  return entry
    ? { verdict: entry.verdict, pull: pullQuote(entry.quoteText), quoteHtml: entry.quoteHtml }
    : null;
}

/**
 * The reviewers of the grid: the comparison's panel in its order, then anyone who called a tool
 * in its current round without sitting on that panel.
 */
function gridReviewers(c: Comparison, reviewersBySlug: ReadonlyMap<string, Reviewer>): Reviewer[] {
  const listed = c.scorecard.map((row) => row.reviewer);
  const seen = new Set(listed.map((r) => r.slug));
  for (const v of [...currentRead(c.a).verdicts, ...currentRead(c.b).verdicts]) {
    const reviewer = reviewersBySlug.get(v.reviewer);
    if (reviewer && !seen.has(reviewer.slug)) {
      seen.add(reviewer.slug);
      listed.push(reviewer);
    }
  }
  return listed;
}

/** The view of one comparison page. */
export function comparisonView(
  c: Comparison,
  reviewersBySlug: ReadonlyMap<string, Reviewer>,
  minSample: number,
): ComparisonView {
  const a = decisionSide(c.a);
  const b = decisionSide(c.b);
  const reviewers = gridReviewers(c, reviewersBySlug);
  const byReviewer = (read: PanelRead) => new Map(read.verdicts.map((v) => [v.reviewer, v]));
  const entriesA = byReviewer(currentRead(c.a));
  const entriesB = byReviewer(currentRead(c.b));
  const splits = splitSentences(a, b, reviewers);
  return {
    current: { a: currentRead(c.a), b: currentRead(c.b) },
    pick: panelPick(a, b, reviewers, minSample),
    strip: [stripRow('a', c.a, minSample), stripRow('b', c.b, minSample)],
    splits: splits.length ? splits : ['No reviewer splits on this pair.'],
    grid: gridRows(reviewers, a, b).map((row) => ({
      reviewer: row.reviewer,
      a: gridCall(entriesA.get(row.reviewer.slug)),
      b: gridCall(entriesB.get(row.reviewer.slug)),
      split: row.split,
    })),
    published: (['a', 'b'] as const).flatMap((position) =>
      c[position].newer ? [{ position, side: c[position] }] : [],
    ),
  };
}
