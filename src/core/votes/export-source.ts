/**
 * The tallies an export reads from a live site's `GET /api/export`: a hostile payload until
 * it matches this schema, field by field.
 */
import { z } from 'zod';
import { comparisonSlugSchema, slugSchema } from '../schemas/common.ts';
import type { TallyRow } from './store.ts';

/** Body of `GET /api/export`. */
const exportBodySchema = z
  .strictObject({
    tallies: z
      .array(
        z.strictObject({
          comparison: comparisonSlugSchema.describe('Comparison slug.'),
          tool: slugSchema.describe('Tool slug.'),
          ship: z.int().min(0).describe('Standing ship calls.'),
          skip: z.int().min(0).describe('Standing skip calls.'),
        }),
      )
      .describe('Counts of every comparison and tool that has votes.'),
  })
  .describe('Every tally the vote database holds.');

/** The export body's rows, or a sentence saying why the body is not one. */
export function readExportBody(
  value: unknown,
): { ok: true; rows: TallyRow[] } | { ok: false; error: string } {
  const parsed = exportBodySchema.safeParse(value);
  if (parsed.success) return { ok: true, rows: parsed.data.tallies };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `not an export (${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''})`,
  };
}
