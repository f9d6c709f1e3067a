/**
 * Frontmatter of `comparisons/<a>-vs-<b>.md`: a published pair. The optional body is an editor's note.
 */
import { z } from 'zod';
import {
  aliasesSchema,
  comparisonSlugSchema,
  isoDateSchema,
  lineSchema,
  slugMapSchema,
  slugSchema,
} from './common.ts';

/** A published comparison of two tools. */
export const comparisonSchema = z
  .strictObject({
    tools: z
      .tuple([slugSchema, slugSchema])
      .describe('The two tool slugs, in page order; the file name must be `<a>-vs-<b>.md`.')
      .meta({ examples: [['smolvlm2-2b', 'perplexity-sonar-pro-2-api']] }),
    published: isoDateSchema.describe('Publish date; picks the review round each tool shows.'),
    headline: lineSchema(
      'Page heading; defaults to "A vs B".',
      160,
      'SmolVLM2-2B vs Perplexity Sonar Pro 2 API',
    ).optional(),
    dek: lineSchema(
      'Standfirst under the heading; a standard one is used when absent.',
      300,
      'Which one should you ship with?',
    ).optional(),
    rounds: slugMapSchema(isoDateSchema)
      .optional()
      .describe(
        'Pin a tool to a review round (tool slug: round date). By default each tool shows its latest round on or before `published`.',
      ),
    panel: z
      .array(slugSchema)
      .min(1)
      .optional()
      .describe("Scorecard order as reviewer slugs; defaults to the reviewers' own `order`.")
      .meta({ examples: [['the-builder', 'the-skeptic', 'the-operator', 'the-futurist']] }),
    aliases: aliasesSchema(comparisonSlugSchema),
  })
  .describe('A published comparison: `content/comparisons/<a>-vs-<b>.md`.');

/** Comparison frontmatter after defaults are applied. */
export type ComparisonData = z.output<typeof comparisonSchema>;
