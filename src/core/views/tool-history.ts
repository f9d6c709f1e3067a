/**
 * A tool's verdict history as its page and feed show it: every review round newest first, the
 * figure and how it moved, each reviewer's call with flips marked, and what the panel's words
 * about the tool were when they changed.
 */
import type { HistoryRound, PanelRead, Site, Tool } from '../model.ts';
import { VERDICT_LABELS, type Verdict } from '../vocabulary.ts';
import { dateText, panelBasisClause, panelSentence, percentText, roundText } from './format.ts';
import { siteIndex } from './site-index.ts';

/** One reviewer's call in one round. */
interface HistoryCall {
  reviewer: string;
  name: string;
  verdict: Verdict;
  /** The reviewer's call in the round before, when this round's call differs from it. */
  flippedFrom: Verdict | null;
}

/** One round as the history shows it. */
export interface HistoryRoundView {
  round: string;
  /** Fragment id of the round on the tool page (`round-2026-09-15`). */
  id: string;
  /** "Panel read of 15 September 2026". */
  heading: string;
  figure: string;
  /** "3 of 4 reviewers ship it". */
  sentence: string;
  /** "from 3 of 4 reviewers" when someone sat the round out, else null. */
  basis: string | null;
  /** How the figure moved since the round before ("Up from 75% on 2 June 2026"), or null for the first round. */
  change: string | null;
  calls: HistoryCall[];
  /** "The Operator flipped from Skip to Ship." or null when nobody did. */
  flipSentence: string | null;
  tagline: string;
  /** The round before's tagline when this round changed it. */
  previousTagline: string | null;
  descriptionHtml: string;
  descriptionChanged: boolean;
}

/** How a panel figure moved between two rounds; the earlier figure keeps its basis when someone sat out. */
function figureChange(previous: PanelRead, read: PanelRead): string {
  const basis = panelBasisClause(previous);
  const before = `${percentText(previous.shipPercent)} on ${dateText(previous.round)}${basis ? ` (${basis})` : ''}`;
  if (
    previous.shipPercent === null ||
    read.shipPercent === null ||
    previous.shipPercent === read.shipPercent
  ) {
    return `Unchanged from ${before}`;
  }
  return `${read.shipPercent > previous.shipPercent ? 'Up' : 'Down'} from ${before}`;
}

/** "The Operator flipped from Skip to Ship; The Builder from Ship to Skip." */
function flipSentence(names: Map<string, string>, round: HistoryRound): string | null {
  if (round.flips.length === 0) return null;
  const parts = round.flips.map(
    (f, i) =>
      `${names.get(f.reviewer) ?? f.reviewer}${i === 0 ? ' flipped' : ''} from ${VERDICT_LABELS[f.from]} to ${VERDICT_LABELS[f.to]}`,
  );
  return `${parts.join('; ')}.`;
}

/** The history of one tool, newest round first; empty for a tool the panel has not reviewed. */
export function toolHistoryView(site: Site, tool: Tool): HistoryRoundView[] {
  const names = new Map([...siteIndex(site).reviewersBySlug].map(([slug, r]) => [slug, r.name]));
  const rounds = site.histories.get(tool.slug)?.rounds ?? [];
  return rounds
    .map((r) => {
      const flipped = new Map(r.flips.map((f) => [f.reviewer, f.from]));
      return {
        round: r.read.round,
        id: `round-${r.read.round}`,
        heading: roundText(r.read.round),
        figure: percentText(r.read.shipPercent),
        sentence: panelSentence(r.read),
        basis: panelBasisClause(r.read),
        change: r.previous ? figureChange(r.previous, r.read) : null,
        calls: r.read.verdicts.map((v) => ({
          reviewer: v.reviewer,
          name: names.get(v.reviewer) ?? v.reviewer,
          verdict: v.verdict,
          flippedFrom: flipped.get(v.reviewer) ?? null,
        })),
        flipSentence: flipSentence(names, r),
        tagline: r.read.tagline,
        previousTagline: r.taglineChanged && r.previous ? r.previous.tagline : null,
        descriptionHtml: r.read.descriptionHtml,
        descriptionChanged: r.descriptionChanged,
      };
    })
    .reverse();
}
