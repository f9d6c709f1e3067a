/**
 * Synthetic tools with their review rounds and the panel's verdicts.
 */
import { slugify } from '../../src/core/content/slug.ts';
import { CATEGORIES, ENTRY_PRICES, type Category } from '../../src/core/vocabulary.ts';
import { addDays } from './dates.ts';
import { markdownFile } from './frontmatter.ts';
import { PANEL } from './panel.ts';
import type { Rng } from './prng.ts';
import { description, pricingNote, quote, tagline, type ToolFacts } from './text.ts';
import { LICENSES, NAME_HEADS, NAME_TAILS, VENDOR_HEADS, VENDOR_TAILS } from './words.ts';

/** A generated tool and the rounds the panel reviewed it in, oldest first. */
export interface PlannedTool extends ToolFacts {
  slug: string;
  rounds: string[];
}

/** A file of the corpus, relative to the corpus folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Plans `count` tools with unique names, slugs and websites, and writes their files. */
export function generateTools(rng: Rng, count: number, anchor: string, files: CorpusFile[]): PlannedTool[] {
  const taken = new Set<string>();
  const tools: PlannedTool[] = [];
  for (let i = 0; i < count; i++) {
    // Cycling through categories keeps every category populated even in tiny corpora.
    const category = CATEGORIES[i % CATEGORIES.length] as Category;
    const base = `${rng.pick(NAME_HEADS)} ${rng.pick(NAME_TAILS[category])}`;
    let name = base;
    for (let n = 2; taken.has(slugify(name)); n++) name = `${base} ${n}`;
    const slug = slugify(name);
    taken.add(slug);
    const vendor = `${rng.pick(VENDOR_HEADS)}${rng.pick(['', 'wind', 'field', 'gate', 'line'])} ${rng.pick(VENDOR_TAILS)}`;
    const facts: ToolFacts = { name, vendor, category, slug };

    const first = addDays(anchor, -rng.int(120, 540));
    const rounds = [first];
    if (rng.chance(0.3)) rounds.push(addDays(first, rng.int(30, 110)));
    tools.push({ ...facts, slug, rounds });

    files.push({
      path: `tools/${slug}.md`,
      text: markdownFile(
        {
          name,
          category,
          tagline: tagline(rng, facts),
          entryPrice: rng.pick(ENTRY_PRICES),
          pricingNote: pricingNote(rng),
          vendor,
          website: `https://${slug}.example.com/`,
          license: rng.pick(LICENSES),
          status: rng.chance(0.03) ? 'discontinued' : 'active',
          verified: addDays(anchor, -rng.int(0, 90)),
          aliases: rng.chance(0.01) ? [`${slug}-classic`] : undefined,
        },
        description(rng, facts),
      ),
    });
    writeRounds(rng, tools[i] as PlannedTool, files);
  }
  return tools;
}

// Verdicts for every round; a later round sometimes re-reads the tool in a round file.
function writeRounds(rng: Rng, tool: PlannedTool, files: CorpusFile[]): void {
  // Each tool has its own odds, so ship percentages spread from 0% to 100% across the corpus.
  const shipOdds = 0.15 + rng.next() * 0.7;
  tool.rounds.forEach((round, i) => {
    if (i > 0 && rng.chance(0.5)) {
      files.push({
        path: `rounds/${tool.slug}/${round}.md`,
        text: markdownFile(
          { tool: tool.slug, date: round, tagline: tagline(rng, tool) },
          rng.chance(0.7) ? description(rng, tool) : '',
        ),
      });
    }
    for (const persona of PANEL) {
      const ship = rng.chance(shipOdds);
      files.push({
        path: `verdicts/${tool.slug}/${round}/${persona.slug}.md`,
        text: markdownFile(
          { tool: tool.slug, reviewer: persona.slug, round, verdict: ship ? 'ship' : 'skip' },
          quote(rng, persona.lens, tool, ship),
        ),
      });
    }
  });
}

/** The panel's reviewer files. */
export function generatePanel(files: CorpusFile[]): void {
  for (const persona of PANEL) {
    files.push({
      path: `reviewers/${persona.slug}.md`,
      text: markdownFile({ ...persona.data }, persona.bio),
    });
  }
}
