/**
 * `votes/<a>-vs-<b>.yaml`: community ship/skip counts for each tool of one comparison.
 */
import { z } from 'zod';
import { formatCount, MAX_VOTES } from '../limits.ts';
import { slugMapSchema } from './common.ts';

/** A count of votes: a whole number no comparison could plausibly exceed, so a slip never reaches a page. */
function countSchema(description: string, example: number) {
  return z
    .int()
    .min(0)
    .max(MAX_VOTES, {
      error: (issue) =>
        `${Number.isSafeInteger(issue.input) ? formatCount(Number(issue.input)) : String(issue.input)} votes is not a plausible count (at most ${formatCount(MAX_VOTES)}): check the number.`,
    })
    .describe(description)
    .meta({ examples: [example] });
}

/** Ship and skip counts for one tool. */
const voteCountSchema = z
  .strictObject({
    ship: countSchema('Readers who voted ship.', 41),
    skip: countSchema('Readers who voted skip.', 9),
  })
  .describe('Community counts for one tool.');

/** Counts keyed by tool slug; both tools of the comparison, or either. */
export const votesSchema = slugMapSchema(voteCountSchema).describe(
  'Community votes: `content/votes/<comparison>.yaml`, keyed by tool slug.',
);

/** Votes file after parsing. */
export type VotesData = z.output<typeof votesSchema>;
