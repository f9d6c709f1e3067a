/**
 * Frontmatter of `verdicts/<tool>/<round>/<reviewer>.md`: one reviewer's call on one
 * tool in one round. The body is the quote.
 */
import { z } from 'zod';
import { VERDICTS } from '../vocabulary.ts';
import { isoDateSchema, slugSchema } from './common.ts';

/** One reviewer's call. */
export const verdictSchema = z
  .strictObject({
    tool: slugSchema.describe('Slug of the tool reviewed.'),
    reviewer: slugSchema
      .describe('Slug of the reviewer giving the verdict.')
      .meta({ examples: ['the-builder'] }),
    round: isoDateSchema.describe('The review round (its date) this verdict belongs to.'),
    verdict: z.enum(VERDICTS).describe('`ship` or `skip`.'),
  })
  .describe('A verdict: `content/verdicts/<tool>/<round>/<reviewer>.md`. The Markdown body is the quote.');

/** Verdict frontmatter after parsing. */
export type VerdictData = z.output<typeof verdictSchema>;
