/**
 * Frontmatter of `reviewers/<slug>.md`: one panel persona. The body is the bio.
 */
import { z } from 'zod';
import { isoDateSchema, lineSchema } from './common.ts';

/** A panel persona. */
export const reviewerSchema = z
  .strictObject({
    name: lineSchema('Persona name, e.g. `The Futurist`.', 60, 'The Futurist'),
    motto: lineSchema(
      'One-line motto shown under the name.',
      160,
      'If hello-world takes an afternoon, it ships nothing.',
    ),
    lens: lineSchema('What this reviewer judges, e.g. `Developer experience`.', 60, 'Developer experience'),
    order: z
      .int()
      .min(1)
      .max(99)
      .describe('Position on every scorecard, 1 first.')
      .meta({ examples: [1] }),
    excitedBy: z
      .array(lineSchema('Something that wins this reviewer over.', 120, 'Clean primitives'))
      .min(1)
      .describe('What this reviewer gets excited about.'),
    tiredOf: z
      .array(
        lineSchema('Something this reviewer has seen too often.', 120, 'Six env vars before hello-world'),
      )
      .min(1)
      .describe('What this reviewer is tired of.'),
    joined: isoDateSchema
      .optional()
      .describe(
        'Date of the first review round this reviewer sits on; rounds before it do not expect their verdict. Absent: on the panel from the start.',
      ),
    left: isoDateSchema
      .optional()
      .describe(
        'Date the reviewer left the panel; rounds on or after it do not expect their verdict. Absent: still on the panel.',
      ),
  })
  .describe('A panel reviewer: `content/reviewers/<slug>.md`. The Markdown body is the bio.');

/** Reviewer frontmatter as an editor writes it. */
export type ReviewerInput = z.input<typeof reviewerSchema>;
/** Reviewer frontmatter after parsing. */
export type ReviewerData = z.output<typeof reviewerSchema>;
