/**
 * The digest's review-round sections: "Verdict flips" (tools re-reviewed in the period whose panel
 * figure changed, with the reviewers who changed their call) and "New tools" (tools whose first
 * review round falls in the period). Both come from the tool histories in the resolved site.
 */
import type { HistoryRound, Site, Tool } from '../model.ts';
import { panelSentence, panelSourceText, percentText } from '../views/format.ts';
import { absoluteUrl, toolPath } from '../views/paths.ts';
import { VERDICT_LABELS } from '../vocabulary.ts';
import type { Period } from './digest.ts';
import { withUtm, type Utm } from './utm.ts';

/** One reviewer who changed their call, worded: "The Operator: Skip → Ship". */
interface DigestFlipReviewer {
  name: string;
  from: string;
  to: string;
}

/** A tool whose panel figure changed in a re-review during the period. */
export interface DigestFlip {
  name: string;
  /** The tool page, at the new round, with campaign parameters. */
  url: string;
  from: string;
  to: string;
  /** "panel read of 2 June 2026", with "…, from 3 of 4 reviewers" when someone sat that round out. */
  fromSource: string;
  toSource: string;
  /** "4 of 4 reviewers ship it". */
  panel: string;
  reviewers: DigestFlipReviewer[];
}

/** A tool the panel reviewed for the first time during the period. */
export interface DigestNewTool {
  name: string;
  url: string;
  category: string;
  tagline: string;
  shipPercent: string;
  panel: string;
  /** "panel read of 2 June 2026", with "…, from 3 of 4 reviewers" when someone sat it out. */
  source: string;
}

function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

function roundUrl(origin: string, tool: Tool, round: string, utm: Utm): string {
  // The fragment must follow the query string, so campaign parameters go on first.
  return `${withUtm(absoluteUrl(origin, toolPath(tool.slug)), utm)}#round-${round}`;
}

/** Each round in the period whose figure differs from the round before, newest round first, then by name. */
export function flipsIn(site: Site, period: Period, origin: string, utm: Utm): DigestFlip[] {
  const names = new Map(site.reviewers.map((r) => [r.slug, r.name]));
  const flips: { round: HistoryRound; tool: Tool }[] = [];
  for (const tool of site.tools.values()) {
    for (const round of site.histories.get(tool.slug)?.rounds ?? []) {
      const previous = round.previous;
      if (!previous || !inPeriod(round.read.round, period)) continue;
      if (previous.shipPercent !== round.read.shipPercent) flips.push({ round, tool });
    }
  }
  flips.sort(
    (x, y) => y.round.read.round.localeCompare(x.round.read.round) || x.tool.name.localeCompare(y.tool.name),
  );
  return flips.map(({ round, tool }) => ({
    name: tool.name,
    url: roundUrl(origin, tool, round.read.round, utm),
    from: percentText(round.previous?.shipPercent ?? null),
    to: percentText(round.read.shipPercent),
    fromSource: round.previous ? panelSourceText(round.previous) : '',
    toSource: panelSourceText(round.read),
    panel: panelSentence(round.read),
    reviewers: round.flips.map((f) => ({
      name: names.get(f.reviewer) ?? f.reviewer,
      from: VERDICT_LABELS[f.from],
      to: VERDICT_LABELS[f.to],
    })),
  }));
}

/** Tools whose first review round is in the period, newest first, then by name. */
export function newToolsIn(site: Site, period: Period, origin: string, utm: Utm): DigestNewTool[] {
  const found: { first: HistoryRound; tool: Tool }[] = [];
  for (const tool of site.tools.values()) {
    const first = site.histories.get(tool.slug)?.rounds[0];
    if (first && inPeriod(first.read.round, period)) found.push({ first, tool });
  }
  found.sort(
    (x, y) => y.first.read.round.localeCompare(x.first.read.round) || x.tool.name.localeCompare(y.tool.name),
  );
  return found.map(({ first, tool }) => ({
    name: tool.name,
    url: roundUrl(origin, tool, first.read.round, utm),
    category: tool.category,
    tagline: first.read.tagline,
    shipPercent: percentText(first.read.shipPercent),
    panel: panelSentence(first.read),
    source: panelSourceText(first.read),
  }));
}
