/**
 * Where a vote sent as a plain HTML form (no JavaScript) lands. The server answers a form post
 * with a 303 and a fragment: a counted vote goes back to the comparison page, which holds one
 * short note per outcome that CSS `:target` reveals next to the card voted on; a refused one goes
 * to the refusal page, whose notes say why, with a link back to the comparison it named. Server
 * and pages all read these lists, so a new outcome cannot exist on one side only.
 */
import { escapeHtml } from '../newsletter/escape-html.ts';
import { comparisonPath, HOME_PATH } from '../views/paths.ts';
import { NETWORK_DAILY_BUDGET } from './budget.ts';

/** What a counted form vote did: the call it stored, or that it withdrew the standing one. */
export const FORM_RESULTS = ['ship', 'skip', 'withdrawn'] as const;
export type FormResult = (typeof FORM_RESULTS)[number];

/** Why a form vote was not counted, each with the sentence the reader sees. */
export const REFUSAL_REASONS = {
  'rate-limited': 'Too many votes came from your network just now; wait a minute and try again.',
  budget: `Your network has already cast the ${NETWORK_DAILY_BUDGET} votes one network may cast on this comparison today; votes from it count again tomorrow (UTC).`,
  closed: 'Voting is closed on this comparison.',
  invalid: 'The vote could not be read; reload the page and try again.',
  'cross-site': 'Votes are accepted only from this site’s own pages.',
  challenge: 'The check that you are not a bot did not pass; reload the page and try again.',
  unavailable: 'Votes cannot be stored right now; nothing was counted. Try again later.',
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** The refusal page: it explains every refusal, and links home. */
export const VOTE_REFUSED_PATH = '/votes/refused/';

/** Where the vote API answers with the refusal page linking back to the comparison the form named. */
export const REFUSAL_ANSWER_PATH = '/api/refused';

/** The refusal page's link home, in words; the API's answer makes it a link back to the comparison. */
export const REFUSAL_HOME_LINK = 'Back to the comparisons';

/** Fragment of the note confirming a counted form vote on one tool. */
export function votedFragment(tool: string, result: FormResult): string {
  return `voted-${tool}-${result}`;
}

/** Fragment of the note explaining a refused form vote. */
export function refusedFragment(reason: RefusalReason): string {
  return `vote-refused-${reason}`;
}

/** Where a counted form vote sends the reader. */
export function votedLocation(comparison: string, tool: string, result: FormResult): string {
  return `${comparisonPath(comparison)}#${votedFragment(tool, result)}`;
}

/** Where a refused form vote sends the reader: the refusal page, through the API when it knows the comparison. */
export function refusedLocation(comparison: string | null, reason: RefusalReason): string {
  const page =
    comparison === null
      ? VOTE_REFUSED_PATH
      : `${REFUSAL_ANSWER_PATH}?comparison=${encodeURIComponent(comparison)}`;
  return `${page}#${refusedFragment(reason)}`;
}

/**
 * The built refusal page with its link home turned into a link back to `comparison`, or null when
 * the page holds no such link (then the reader gets the page as built).
 */
export function refusalPageFor(page: string, comparison: string): string | null {
  const home = `<a href="${HOME_PATH}">${REFUSAL_HOME_LINK}</a>`;
  if (!page.includes(home)) return null;
  const back = `<a href="${escapeHtml(comparisonPath(comparison))}">Back to the comparison</a>`;
  return page.replace(home, () => back);
}
