/**
 * `votes/<a>-vs-<b>.yaml`: community ship/skip counts for each tool of one comparison.
 */
import { z } from 'zod';
import { slugSchema } from './common.ts';

/** Ship and skip counts for one tool. */
const voteCountSchema = z
  .strictObject({
    ship: z.int().min(0).describe('Readers who voted ship.'),
    skip: z.int().min(0).describe('Readers who voted skip.'),
  })
  .describe('Community counts for one tool.');

/** Counts keyed by tool slug; both tools of the comparison, or either. */
export const votesSchema = z
  .record(slugSchema, voteCountSchema)
  .describe('Community votes: `content/votes/<comparison>.yaml`, keyed by tool slug.');

/** Votes file after parsing. */
export type VotesData = z.output<typeof votesSchema>;
