/**
 * What the comparison page's vote script (src/client/votes.ts) and the script that sends a vote
 * (src/client/votes/send.ts), loaded on first use, share: the tallies the API answers with, what
 * the page lends the sender to show an answer, and the words for a vote that did not go out.
 */

export type Call = 'ship' | 'skip';

/** A comparison's tallies as the vote API answers them, with the reader's standing calls. */
export interface Tallies {
  tools: Record<string, { ship: number; skip: number }>;
  yours?: Record<string, Call>;
}

/** The page's side of a vote: where its answer goes. */
export interface VotePage {
  comparison: string;
  /** Writes one tool's figure everywhere the page shows it; returns the figure as a sentence. */
  draw(tool: string, counts: { ship: number; skip: number }): string;
  /** Shows every tool's figure and the reader's standing calls. */
  show(tallies: Tallies): void;
  /** Says something in a form's status line. */
  say(form: HTMLFormElement, message: string): void;
  /** A vote was answered: a live read that arrives later is older than it. */
  answered(): void;
}

/** Why a vote did not go through, in words: offline, no answer, or the server's refusal. */
export function notSentText(error: unknown): string {
  if (!navigator.onLine)
    return 'You are offline: your vote was not sent. Try again once you are back online.';
  return error instanceof TypeError
    ? 'Your vote could not be sent. Try again in a moment.'
    : `Not counted: ${(error as Error).message}`;
}
