/**
 * Frontmatter of `rounds/<tool>/<date>.md`: what a review round said about a tool
 * when it differs from the tool file. The body, when present, replaces the description.
 */
import { z } from 'zod';
import { isoDateSchema, lineSchema, slugMapSchema, slugSchema } from './common.ts';

/** A review round's own read of a tool. */
export const roundSchema = z
  .strictObject({
    tool: slugSchema.describe('Slug of the tool this round reviewed.'),
    date: isoDateSchema.describe('The round id: the date the panel reviewed the tool.'),
    tagline: lineSchema(
      'Tagline as the panel read the tool in this round.',
      160,
      'Vision-language model that runs on your phone',
    ).optional(),
    satOut: slugMapSchema(
      lineSchema('Why this reviewer gave no verdict in this round.', 200, 'On leave during this round.'),
      [{ 'the-skeptic': 'On leave during this round.' }],
    )
      .optional()
      .describe(
        'Panel reviewers who sat this round out, each with the reason (reviewer slug: reason). The round then counts as complete without their verdict, and pages say how many of the panel gave one.',
      ),
  })
  .describe(
    "A review round's read of a tool: `content/rounds/<tool>/<date>.md`. The body, if any, is the description for that round.",
  );

/** Round frontmatter after parsing. */
export type RoundData = z.output<typeof roundSchema>;
