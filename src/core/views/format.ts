/**
 * Reader-facing wording of figures and dates, shared by pages, feeds and images
 * so the same number never reads two ways.
 */
import type { CommunityVote, PanelRead } from '../model.ts';

/** Em dash shown wherever a figure does not exist yet (no verdicts, no votes). */
const NO_FIGURE = '\u2014';

/** A whole percent for display, or an em dash when there is nothing to count. */
export function percentText(value: number | null): string {
  return value === null ? NO_FIGURE : `${value}%`;
}

/** Count with the right noun form ("1 vote", "12 votes"). */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/** Vote count line under a community figure, or null when nobody voted. */
export function votesText(community: CommunityVote): string | null {
  return community.total > 0 ? countText(community.total, 'vote') : null;
}

/** "5 tools, 4 shipped": the tally shown on reviewer pages. */
export function tallyText(tools: number, shipped: number): string {
  return `${countText(tools, 'tool')}, ${shipped.toLocaleString('en-US')} shipped`;
}

/** "3 of 4 reviewers ship it": the panel figure spelled out for screen readers and feeds. */
export function panelSentence(read: PanelRead | null): string {
  if (!read || read.total === 0) return 'No panel verdicts yet';
  const sentence = `${read.ships} of ${countText(read.total, 'reviewer')} ship it`;
  return read.satOut.length > 0 ? `${sentence}; ${read.satOut.length} sat this round out` : sentence;
}

/**
 * "From 3 of 4 reviewers": how much of the panel a figure rests on, shown beside it whenever someone
 * sat the round out, so a share of three never reads as the whole panel's. Null for a full panel.
 */
export function panelBasisText(read: PanelRead | null): string | null {
  const clause = panelBasisClause(read);
  return clause && `F${clause.slice(1)}`;
}

/** "from 3 of 4 reviewers": the same basis worded to follow a figure after a comma; null for a full panel. */
export function panelBasisClause(read: PanelRead | null): string | null {
  return read ? basisClause(read.total, read.panelSize) : null;
}

/** The same clause from the counts alone (`panelSize` is `total` plus those who sat out), for data without a read. */
export function basisClause(total: number, panelSize: number): string | null {
  return total < panelSize ? `from ${total} of ${countText(panelSize, 'reviewer')}` : null;
}

/**
 * "4 of 4 ship · 15 Sep 2026": what a panel figure rests on, in the decision strip's few words (the
 * date is the round's); "2 of 3 ship (1 sat out) · …" when someone sat it out.
 */
export function panelTallyText(read: {
  ships: number;
  total: number;
  panelSize: number;
  round: string;
}): string {
  if (read.total === 0) return `No calls · ${shortDateText(read.round)}`;
  const satOut = read.panelSize > read.total ? ` (${read.panelSize - read.total} sat out)` : '';
  return `${read.ships} of ${read.total} ship${satOut} · ${shortDateText(read.round)}`;
}

/** Where the panel lands on a tool: a majority to ship, to skip, an even split, or no read. */
export type PanelCall = 'Ship' | 'Skip' | 'Split' | 'Unreviewed';

/** The panel's overall call on a tool, used for search filters and badges. */
export function panelCall(read: PanelRead | null): PanelCall {
  if (!read || read.shipPercent === null) return 'Unreviewed';
  if (read.shipPercent > 50) return 'Ship';
  if (read.shipPercent < 50) return 'Skip';
  return 'Split';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "9 June 2026" from an ISO date, without time zones shifting the day. */
export function dateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : iso;
}

/** "9 Jun 2026": the short form for tight spaces such as badges. */
export function shortDateText(iso: string): string {
  const long = dateText(iso);
  return long === iso ? iso : long.replace(/ (\w{3})\w* /, ' $1 ');
}

/** "Panel read of 15 September 2026": the words that tie a panel figure to its review round. */
export function roundText(round: string): string {
  return `Panel read of ${dateText(round)}`;
}

/**
 * "panel read of 2 June 2026": the round a figure comes from, and, when someone sat that round
 * out, how much of the panel it rests on ("…, from 3 of 4 reviewers"), as the pages say it.
 */
export function panelSourceText(read: PanelRead): string {
  const basis = panelBasisClause(read);
  return `panel read of ${dateText(read.round)}${basis ? `, ${basis}` : ''}`;
}

/** "75% (panel read of 2 June 2026)": a panel figure that names its source, for lists and feeds. */
export function panelFigureText(read: PanelRead | null): string {
  if (!read) return `${NO_FIGURE} (not reviewed yet)`;
  return `${percentText(read.shipPercent)} (${panelSourceText(read)})`;
}

/** Words around the date pricing facts were checked: "<lead> 2 November 2026<trail>". */
export interface FactsCheckedWords {
  lead: string;
  trail: string;
}

/**
 * How a comparison words the date its pricing facts were checked. The page shows a tool's current
 * facts, so a check made after publication says so rather than reading as if it came before.
 */
export function factsCheckedWords(verified: string, published: string): FactsCheckedWords {
  return verified > published
    ? {
        lead: 'Current facts, checked',
        trail: `, after publication on ${dateText(published)}`,
      }
    : { lead: 'Facts checked', trail: '' };
}
