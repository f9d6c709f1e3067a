/**
 * Every content schema, keyed by the content folder it validates.
 */
import { comparisonSchema } from './comparison.ts';
import { reviewerSchema } from './reviewer.ts';
import { roundSchema } from './round.ts';
import { toolSchema } from './tool.ts';
import { verdictSchema } from './verdict.ts';
import { votesSchema } from './votes.ts';

/** Schema per content kind; the key is also the folder name under `content/`. */
export const SCHEMAS = {
  tools: toolSchema,
  reviewers: reviewerSchema,
  rounds: roundSchema,
  verdicts: verdictSchema,
  comparisons: comparisonSchema,
  votes: votesSchema,
} as const;

/** A kind of content file. */
export type ContentKind = keyof typeof SCHEMAS;
