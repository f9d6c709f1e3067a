/**
 * The answer a comparison page opens with: which tool the panel picks and by how much, or, for a
 * tie, what separates the two (price, the reviewers who split, the community); and the reviewer
 * grid's rows with the splits first. Pure and shaped on plain figures, so an editorial page at
 * build time and the compare-any page in the browser say the same thing the same way.
 */
import type { Verdict } from '../vocabulary.ts';
import { communityShare, type CommunityCounts } from './community.ts';
import { wilsonInterval } from '../figures.ts';
import { countText } from './format.ts';

/** One tool as the decision reads it: the figures its headline shows. */
export interface DecisionSide {
  name: string;
  entryPrice: string;
  /** Ships, calls given and the rounded share of the round the headline shows. */
  panel: { ships: number; total: number; shipPercent: number | null };
  /** Reviewer slug → call in that round. */
  calls: Readonly<Record<string, Verdict>>;
  community: CommunityCounts;
}

/** A reviewer as the grid names them. */
export interface DecisionReviewer {
  slug: string;
  name: string;
}

/** The panel's answer on a pair. */
export interface PanelPick {
  /** Which side the panel picks; `tie` for equal shares, `none` when a side has no panel figure. */
  leader: 'a' | 'b' | 'tie' | 'none';
  /** "Panel pick: Perplexity Sonar Pro 2 API" or "Panel: a tie". */
  lead: string;
  /** What follows the lead: "4 of 4 ship against 3 of 4." */
  detail: string;
  /** For a tie: what separates the two, one short sentence each; empty otherwise. */
  separators: string[];
}

/** "4 of 4 ship" style tally of one side. */
function tally(side: DecisionSide): string {
  return `${side.panel.ships} of ${side.panel.total}`;
}

/** Which side the panel picks on the shares its headline shows. */
function leaderOf(a: DecisionSide, b: DecisionSide): PanelPick['leader'] {
  const pa = a.panel.shipPercent;
  const pb = b.panel.shipPercent;
  if (pa === null || pb === null) return 'none';
  return pa > pb ? 'a' : pb > pa ? 'b' : 'tie';
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The reviewers whose calls on the two tools differ, as sentences: "The Operator ships only SmolVLM2-2B." */
export function splitSentences(
  a: DecisionSide,
  b: DecisionSide,
  reviewers: readonly DecisionReviewer[],
): string[] {
  const only = (x: DecisionSide, y: DecisionSide): string[] =>
    reviewers.filter((r) => x.calls[r.slug] === 'ship' && y.calls[r.slug] === 'skip').map((r) => r.name);
  const sentences: string[] = [];
  for (const [names, tool] of [
    [only(a, b), a.name],
    [only(b, a), b.name],
  ] as const) {
    if (names.length)
      sentences.push(`${joinNames(names)} ${names.length === 1 ? 'ships' : 'ship'} only ${tool}.`);
  }
  return sentences;
}

/**
 * For a tie: how the community separates the pair, when both sides have a share to compare; null
 * before anyone has voted (the strip says so once).
 */
function communitySeparator(a: DecisionSide, b: DecisionSide, minSample: number): string | null {
  const sa = communityShare(a.community, minSample);
  const sb = communityShare(b.community, minSample);
  const votes = (side: DecisionSide) => side.community.ship + side.community.skip;
  if (votes(a) + votes(b) === 0) return null;
  if (sa === null || sb === null) {
    return `Readers: too few votes to separate them yet (${countText(votes(a), 'vote')} and ${votes(b)}; a share shows from ${minSample}).`;
  }
  const ia = wilsonInterval(a.community.ship, votes(a));
  const ib = wilsonInterval(b.community.ship, votes(b));
  if (ia.low > ib.high) return `Readers favour ${a.name}: ${sa}% against ${sb}%.`;
  if (ib.low > ia.high) return `Readers favour ${b.name}: ${sb}% against ${sa}%.`;
  return `Readers rate them alike: ${sa}% and ${sb}%.`;
}

/** The panel's pick on a pair, or a tie with what separates the two tools. */
export function panelPick(
  a: DecisionSide,
  b: DecisionSide,
  reviewers: readonly DecisionReviewer[],
  minSample: number,
): PanelPick {
  const leader = leaderOf(a, b);
  if (leader === 'none') {
    const missing = [a, b].filter((side) => side.panel.shipPercent === null).map((side) => side.name);
    return {
      leader,
      lead: 'No panel pick yet',
      detail: `The panel has not called ${joinNames(missing)} yet.`,
      separators: [],
    };
  }
  if (leader !== 'tie') {
    const [lead, trail] = leader === 'a' ? [a, b] : [b, a];
    return {
      leader,
      lead: `Panel pick: ${lead.name}`,
      detail: `${tally(lead)} ship it, against ${tally(trail)} for ${trail.name}.`,
      separators: [],
    };
  }
  const same = a.panel.ships === b.panel.ships && a.panel.total === b.panel.total;
  const community = communitySeparator(a, b, minSample);
  const separators = [
    ...(a.entryPrice !== b.entryPrice
      ? [`Price: ${a.name} is ${a.entryPrice}, ${b.name} ${b.entryPrice}.`]
      : []),
    ...splitSentences(a, b, reviewers),
    ...(community ? [community] : []),
  ];
  return {
    leader,
    lead: 'Panel: a tie',
    detail: same
      ? `${tally(a)} ship each.`
      : `${a.panel.shipPercent}% each: ${tally(a)} ship ${a.name}, ${tally(b)} ${b.name}.`,
    separators,
  };
}

/** One row of the reviewer grid: a reviewer's call on each tool. */
export interface GridRow<R extends DecisionReviewer = DecisionReviewer> {
  reviewer: R;
  a: Verdict | null;
  b: Verdict | null;
  /** The reviewer calls the two tools differently. */
  split: boolean;
}

/** The reviewer grid's rows: reviewers who split first, each group in panel order. */
export function gridRows<R extends DecisionReviewer>(
  reviewers: readonly R[],
  a: DecisionSide,
  b: DecisionSide,
): GridRow<R>[] {
  const rows = reviewers.map((reviewer) => {
    const ca = a.calls[reviewer.slug] ?? null;
    const cb = b.calls[reviewer.slug] ?? null;
    return { reviewer, a: ca, b: cb, split: ca !== null && cb !== null && ca !== cb };
  });
  return [...rows.filter((row) => row.split), ...rows.filter((row) => !row.split)];
}
