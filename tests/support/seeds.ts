/**
 * Reads the seed pages in tests/fixtures/seeds: the visible text of each
 * comparison page as it must read, one block per line. A file is named after
 * its comparison slug.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SEEDS_DIR } from './paths.ts';

/** One tool column of a seed page. */
interface SeedTool {
  category: string;
  name: string;
  tagline: string;
  panelShip: string;
  community: string;
  entry: string;
  description: string;
}

/** One scorecard row: a reviewer's quotes on tool A and tool B, in seed order. */
interface SeedRow {
  quoteA: string;
  quoteB: string;
}

/** Everything a seed page says. */
export interface SeedPage {
  slug: string;
  kicker: string;
  headline: string;
  dek: string;
  tools: [SeedTool, SeedTool];
  rows: SeedRow[];
  newsletter: { name: string; heading: string; pitch: string };
}

const TOOL_BLOCK = 10;
const SCORECARD = 'Reviewer scorecard';

/** Every seed page, sorted by slug. */
export function loadSeeds(): SeedPage[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseSeed(basename(name, '.txt'), readFileSync(join(SEEDS_DIR, name), 'utf8')));
}

/** Parses one seed page; throws when the text does not have the expected shape. */
function parseSeed(slug: string, text: string): SeedPage {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const at = (i: number): string => {
    const line = lines[i];
    if (line === undefined) throw new Error(`Seed ${slug}: no line ${i + 1}`);
    return line;
  };
  const scorecardAt = lines.indexOf(SCORECARD);
  if (scorecardAt !== 3 + 2 * TOOL_BLOCK) {
    throw new Error(`Seed ${slug}: expected two ${TOOL_BLOCK}-line tool blocks before "${SCORECARD}"`);
  }
  const tool = (start: number): SeedTool => {
    expectLabel(slug, at(start + 4), 'Panel ship');
    expectLabel(slug, at(start + 6), 'Community');
    expectLabel(slug, at(start + 8), 'Entry');
    return {
      category: at(start),
      name: at(start + 1),
      tagline: at(start + 2),
      panelShip: at(start + 3),
      community: at(start + 5),
      entry: at(start + 7),
      description: at(start + 9),
    };
  };
  // Quotes open with a curly quote mark; the newsletter block follows them.
  const quotes: string[] = [];
  let i = scorecardAt + 1;
  while (i < lines.length && at(i).startsWith('\u201c')) quotes.push(at(i++));
  if (quotes.length === 0 || quotes.length % 2 !== 0) {
    throw new Error(`Seed ${slug}: expected pairs of quotes, found ${quotes.length}`);
  }
  const rows: SeedRow[] = [];
  for (let q = 0; q < quotes.length; q += 2) {
    rows.push({ quoteA: quotes[q] ?? '', quoteB: quotes[q + 1] ?? '' });
  }
  return {
    slug,
    kicker: at(0),
    headline: at(1),
    dek: at(2),
    tools: [tool(3), tool(3 + TOOL_BLOCK)],
    rows,
    newsletter: { name: at(i), heading: at(i + 1), pitch: at(i + 2) },
  };
}

function expectLabel(slug: string, line: string, label: string): void {
  if (line !== label) throw new Error(`Seed ${slug}: expected "${label}", found "${line}"`);
}

/** The seeds print a community figure nobody has voted on as an em dash; pages now say it in words. */
export function communityAsShown(seeded: string): string {
  return seeded === '\u2014' ? 'No votes yet' : seeded;
}
