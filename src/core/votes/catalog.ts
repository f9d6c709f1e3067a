/**
 * What can be voted on: every published comparison and its two tools, learnt from the
 * build (`/data/votable.json`) so the API never accepts a pair the site does not show, and the
 * origin the site was built for, whose pages may vote. Tools that are discontinued are listed
 * as closed: their counts stand and no longer move.
 */
import { z } from 'zod';
import type { Site } from '../model.ts';
import { slugSchema } from '../schemas/common.ts';
import { normalOrigin } from './same-origin.ts';

/** Site path of the file the build writes and the API reads. */
export const VOTABLE_PATH = '/data/votable.json';

/** Shape of `/data/votable.json`. */
const votableSchema = z
  .strictObject({
    version: z.literal(2).describe('Format version of this file.'),
    origin: z
      .string()
      .max(300)
      .refine((value) => normalOrigin(value) === value, 'not an http(s) origin')
      .describe('The origin the site was built for (`SITE_URL`): its pages may vote.'),
    comparisons: z
      .record(slugSchema, z.tuple([slugSchema, slugSchema]).describe('The two tool slugs, in page order.'))
      .describe('Every published comparison, keyed by its slug.'),
    closed: z.array(slugSchema).describe('Tools that can no longer be voted on (discontinued), sorted.'),
  })
  .describe('Comparisons readers may vote on, written by the build.');

/** The file as written. */
type VotableJson = z.output<typeof votableSchema>;

/** Comparisons readers may vote on, ready for lookups. */
export interface VoteCatalog {
  /** The two tools of each comparison slug, in page order. */
  comparisons: ReadonlyMap<string, readonly [string, string]>;
  /** Tools whose counts no longer move. */
  closed: ReadonlySet<string>;
  /** The origin the site was built for. */
  origin: string;
}

/** The catalog of a resolved site built for `siteUrl`, as the build writes it. */
export function votableJson(site: Site, siteUrl: string): VotableJson {
  const comparisons: Record<string, [string, string]> = {};
  const closed = new Set<string>();
  for (const c of site.comparisons) {
    comparisons[c.slug] = [c.a.tool.slug, c.b.tool.slug];
    for (const { tool } of [c.a, c.b]) if (tool.status === 'discontinued') closed.add(tool.slug);
  }
  return {
    version: 2,
    origin: normalOrigin(siteUrl) ?? siteUrl,
    comparisons,
    closed: [...closed].sort(),
  };
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
  return {
    comparisons: new Map(Object.entries(parsed.data.comparisons)),
    closed: new Set(parsed.data.closed),
    origin: parsed.data.origin,
  };
}

/** The catalog of a resolved site (the dev server reads content directly). */
export function catalogFromSite(site: Site, siteUrl: string): VoteCatalog {
  return catalogFromJson(votableJson(site, siteUrl));
}
