/**
 * Each tool's stable facts, independent of any review round.
 */
import type { ContentIndex } from '../content/content-index.ts';
import type { Tool } from '../model.ts';
import { categorySlug } from '../vocabulary.ts';

/** Every tool by slug, in name order. */
export function buildTools(index: ContentIndex): Map<string, Tool> {
  return new Map<string, Tool>(
    [...index.tools.values()]
      .sort((a, b) => a.data.name.localeCompare(b.data.name))
      .map(({ id, file, data }) => [
        id,
        {
          slug: id,
          name: data.name,
          category: data.category,
          categorySlug: categorySlug(data.category),
          entryPrice: data.entryPrice,
          pricingNote: data.pricingNote,
          vendor: data.vendor,
          website: data.website,
          license: data.license,
          status: data.status,
          verified: data.verified,
          logo: data.logo ?? null,
          aliases: data.aliases,
          file,
        },
      ]),
  );
}
