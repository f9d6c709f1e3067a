/**
 * A comparison of a resolved site, read the way a seed page (tests/fixtures/seeds) writes it: the
 * headline, both tool columns with their figures, and the quotes in scorecard order.
 */
import type { Comparison, ComparisonSide, Site } from '../../../src/core/model.ts';
import { communityFigure } from '../../../src/core/views/community.ts';
import { percentText } from '../../../src/core/views/format.ts';
import { communityAsShown, type SeedPage } from '../../support/seeds.ts';

/** What a seed page and a comparison of the site can both say. */
export type SeedView = Pick<SeedPage, 'headline' | 'dek' | 'tools' | 'rows'>;

/** The parts of a seed page its comparison must reproduce. */
export function seedView(seed: SeedPage): SeedView {
  const [a, b] = seed.tools.map((tool) => ({ ...tool, community: communityAsShown(tool.community) }));
  if (!a || !b) throw new Error(`Seed ${seed.slug}: expected two tools`);
  return { headline: seed.headline, dek: seed.dek, tools: [a, b], rows: seed.rows };
}

/** The comparison with a seed's slug, as its page shows it; null when the site has none. */
export function comparisonView(site: Site, slug: string, minSample: number): SeedView | null {
  const found: Comparison | undefined = site.comparisons.find((c) => c.slug === slug);
  if (!found) return null;
  const tool = (side: ComparisonSide): SeedView['tools'][number] => ({
    category: side.tool.category,
    name: side.tool.name,
    tagline: side.read.tagline,
    panelShip: percentText(side.read.shipPercent),
    community: communityFigure(side.community, minSample).value,
    entry: side.tool.entryPrice,
    description: side.read.descriptionText,
  });
  const quoted = (text: string | undefined): string => (text === undefined ? '' : `\u201c${text}\u201d`);
  return {
    headline: found.headline,
    dek: found.dek,
    tools: [tool(found.a), tool(found.b)],
    rows: found.scorecard.map((row) => ({
      quoteA: quoted(row.a?.quoteText),
      quoteB: quoted(row.b?.quoteText),
    })),
  };
}
