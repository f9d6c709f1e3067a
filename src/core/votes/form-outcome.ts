/**
 * Where a vote sent as a plain HTML form (no JavaScript) lands. The server answers a form post
 * with a 303 to the comparison page and a fragment; the page holds one short note per outcome
 * that CSS `:target` reveals next to the card voted on. Server and page both read this list,
 * so a new outcome cannot exist on one side only.
 */
import { comparisonPath } from '../views/paths.ts';
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

/** The page that explains a refusal when the form named no comparison the site publishes. */
export const VOTE_REFUSED_PATH = '/votes/refused/';

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

/** Where a refused form vote sends the reader: its comparison when known, else the refusal page. */
export function refusedLocation(comparison: string | null, reason: RefusalReason): string {
  const page = comparison === null ? VOTE_REFUSED_PATH : comparisonPath(comparison);
  return `${page}#${refusedFragment(reason)}`;
}
