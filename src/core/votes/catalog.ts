/**
 * What can be voted on: every published comparison and its two tools, learnt from the
 * build (`/data/votable.json`) so the API never accepts a pair the site does not show.
 */
import { z } from 'zod';
import type { Site } from '../model.ts';
import { comparisonSlugSchema, slugSchema } from '../schemas/common.ts';

/** Site path of the file the build writes and the API reads. */
export const VOTABLE_PATH = '/data/votable.json';

/** Shape of `/data/votable.json`. */
const votableSchema = z
  .strictObject({
    version: z.literal(1).describe('Format version of this file.'),
    comparisons: z
      .record(
        comparisonSlugSchema,
        z.tuple([slugSchema, slugSchema]).describe('The two tool slugs, in page order.'),
      )
      .describe('Every published comparison, keyed by its slug.'),
  })
  .describe('Comparisons readers may vote on, written by the build.');

/** The file as written. */
export type VotableJson = z.output<typeof votableSchema>;

/** Comparisons readers may vote on, ready for lookups. */
export interface VoteCatalog {
  /** The two tools of each comparison slug, in page order. */
  comparisons: ReadonlyMap<string, readonly [string, string]>;
}

/** The catalog of a resolved site, as the build writes it. */
export function votableJson(site: Site): VotableJson {
  const comparisons: Record<string, [string, string]> = {};
  for (const c of site.comparisons) comparisons[c.slug] = [c.a.tool.slug, c.b.tool.slug];
  return { version: 1, comparisons };
}

/** Reads a catalog from the build's file; throws one sentence when it is not what the build writes. */
export function catalogFromJson(value: unknown): VoteCatalog {
  const parsed = votableSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : '';
    throw new Error(
      `${VOTABLE_PATH} is not a vote catalog${where}: ${issue?.message ?? 'unknown shape'}; rebuild the site.`,
    );
  }
  return { comparisons: new Map(Object.entries(parsed.data.comparisons)) };
}

/** The catalog of a resolved site (the dev server reads content directly). */
export function catalogFromSite(site: Site): VoteCatalog {
  return catalogFromJson(votableJson(site));
}
