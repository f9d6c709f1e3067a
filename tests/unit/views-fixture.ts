/**
 * Sites for view tests: the frozen seed site (tests/fixtures/site) resolved by the real loader,
 * plus small variations (aliases, votes, discontinued tools) made by copying it.
 */
import { communityFigures } from '../../src/core/figures.ts';
import type { Comparison, Site } from '../../src/core/model.ts';
import { fixtureSite } from '../support/fixture-site.ts';

/** The frozen seed site, as the build resolves it. */
export function seedSite(): Site {
  return fixtureSite();
}

/** A comparison of the seed site by slug, or a thrown error naming it. */
export function comparison(site: Site, slug: string): Comparison {
  const found = site.comparisons.find((c) => c.slug === slug);
  if (!found) throw new Error(`no comparison ${slug}`);
  return found;
}

/** A copy of a comparison with community votes on its first tool. */
export function withVotes(c: Comparison, ship: number, skip: number): Comparison {
  return { ...c, a: { ...c.a, community: communityFigures({ ship, skip }) } };
}

export const SONAR = 'smolvlm2-2b-vs-perplexity-sonar-pro-2-api';
export const DEEP = 'smolvlm2-2b-vs-perplexity-deep-research-api';
export const MARKETPLACE = 'hugging-face-inference-providers-marketplace-vs-smolvlm2-2b';
