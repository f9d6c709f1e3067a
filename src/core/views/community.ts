/**
 * The one way a community figure is written: on comparison, tool, category and home cards, in
 * the decision strip, badges, feeds, JSON records and the vote script's announcement. Below the
 * minimum sample there is no share, only the count and the number a share appears from.
 */
import { roundedPercent, wilsonInterval } from '../figures.ts';
import { countText } from './format.ts';

/** Community counts as the model and the vote API both carry them. */
export interface CommunityCounts {
  ship: number;
  skip: number;
}

/** A community figure in words. */
export interface CommunityFigure {
  /** "67%"; "No votes yet" before the first vote; an em dash while the votes are too few for a share. */
  value: string;
  /** The line beside the value: "162 votes", "3 votes; a share shows from 10"; empty before the first vote. */
  note: string;
  /** The figure in words, to follow a name or a label: "67% ship, 162 votes", "no votes yet". */
  words: string;
  /** The whole figure as one sentence: "Community: 67% ship, 162 votes". */
  sentence: string;
  /** The share shown (whole percent), null below the minimum sample. */
  percent: number | null;
  /** Every vote counted, shown share or not. */
  total: number;
}

/** Em dash: votes, but too few for a share. */
const NO_SHARE = '\u2014';

/** The share readers see: the rounded ship share from `minSample` votes, else null. */
export function communityShare(counts: CommunityCounts, minSample: number): number | null {
  const total = counts.ship + counts.skip;
  return total === 0 || total < minSample ? null : roundedPercent(counts.ship, total);
}

/** How a community figure reads, from its counts and the site's minimum sample. */
export function communityFigure(counts: CommunityCounts, minSample: number): CommunityFigure {
  const total = counts.ship + counts.skip;
  const percent = communityShare(counts, minSample);
  const votes = countText(total, 'vote');
  const [value, note, words] =
    total === 0
      ? ['No votes yet', '', 'no votes yet']
      : percent === null
        ? [
            NO_SHARE,
            `${votes}; a share shows from ${minSample}`,
            `${votes} (a share shows from ${minSample})`,
          ]
        : [`${percent}%`, votes, `${percent}% ship, ${votes}`];
  return { value, note, words, sentence: `Community: ${words}`, percent, total };
}

/** The always-visible line that says what the community figure is and how it differs from the panel's. */
export function communityExplainer(minSample: number): string {
  return (
    `Panel: the share of the reviewers who ship it, in the round named. ` +
    `Community: the share of readers who voted Ship here, shown from ${countText(minSample, 'vote')}.`
  );
}

/** Fewest points between the panel and the community share that a page calls a difference. */
const CLEAR_MARGIN = 10;

/** How readers stand against the panel on one tool. */
export type Stance = 'cooler' | 'warmer' | 'agree';

/**
 * Readers against the panel: cooler or warmer when the panel's share lies outside the 95% Wilson
 * interval of the votes and the shares differ by a clear margin; else they agree. Null when
 * there is no share to compare (no panel figure, or fewer votes than the minimum sample).
 */
export function communityStance(
  panel: { ships: number; total: number },
  counts: CommunityCounts,
  minSample: number,
): Stance | null {
  if (panel.total === 0 || communityShare(counts, minSample) === null) return null;
  const total = counts.ship + counts.skip;
  const panelShare = panel.ships / panel.total;
  const share = counts.ship / total;
  if (Math.abs(panelShare - share) * 100 < CLEAR_MARGIN) return 'agree';
  const { low, high } = wilsonInterval(counts.ship, total);
  if (high < panelShare) return 'cooler';
  if (low > panelShare) return 'warmer';
  return 'agree';
}

/**
 * The panel against the community on one tool, in a sentence: "Readers are cooler on Sonar than
 * the panel: 43% against 100%, 14 votes." Below the minimum sample, how many votes there are and
 * from how many a share shows; null when nobody has voted or the panel has no figure.
 */
export function panelVersusCommunity(
  name: string,
  panel: { ships: number; total: number; shipPercent: number | null },
  counts: CommunityCounts,
  minSample: number,
): string | null {
  const total = counts.ship + counts.skip;
  if (total === 0 || panel.shipPercent === null) return null;
  const votes = countText(total, 'vote');
  const stance = communityStance(panel, counts, minSample);
  const share = communityShare(counts, minSample);
  if (stance === null || share === null) {
    return `${votes} on ${name} so far; a community share shows from ${minSample}.`;
  }
  const figures = `${share}% against ${panel.shipPercent}%, ${votes}`;
  if (stance === 'agree') return `Readers and the panel agree on ${name}: ${figures}.`;
  return `Readers are ${stance} on ${name} than the panel: ${figures}.`;
}
