/**
 * Synthetic comparisons between generated tools, with community votes on some of them.
 */
import { comparisonSlug } from '../../src/core/content/content-index.ts';
import { addDays, maxDate, minDate } from './dates.ts';
import { markdownFile, yamlLines } from './frontmatter.ts';
import { PANEL } from './panel.ts';
import type { Rng } from './prng.ts';
import { dek, editorNote, headline } from './text.ts';
import type { CorpusFile, PlannedTool } from './tools.ts';

/** Most comparisons `tools` tools can form: every unordered pair once. */
export function maxPairs(tools: number): number {
  return (tools * (tools - 1)) / 2;
}

/**
 * `count` distinct unordered pairs. Pairs are taken ring by ring (each tool with its k-th
 * neighbour in a shuffled order), so every tool appears in about the same number of comparisons.
 */
function pickPairs(rng: Rng, tools: number, count: number): [number, number][] {
  if (count > maxPairs(tools))
    throw new Error(`${tools} tools form at most ${maxPairs(tools)} pairs; ${count} asked`);
  const order = rng.shuffle([...Array(tools).keys()]);
  const pairs: [number, number][] = [];
  for (let k = 1; pairs.length < count; k++) {
    for (let j = 0; j < tools && pairs.length < count; j++) {
      // At k = n/2 the ring meets itself: the second half repeats the first.
      if (2 * k === tools && j >= tools / 2) break;
      const a = order[j] as number;
      const b = order[(j + k) % tools] as number;
      pairs.push(rng.chance(0.5) ? [a, b] : [b, a]);
    }
  }
  return pairs;
}

/** Writes `count` comparisons and their votes. */
export function generateComparisons(
  rng: Rng,
  tools: readonly PlannedTool[],
  count: number,
  anchor: string,
  files: CorpusFile[],
): void {
  for (const [ia, ib] of pickPairs(rng, tools.length, count)) {
    const a = tools[ia] as PlannedTool;
    const b = tools[ib] as PlannedTool;
    const slug = comparisonSlug(a.slug, b.slug);
    // Published after both tools' first rounds, so a default round always exists.
    const earliest = maxDate(a.rounds[0] as string, b.rounds[0] as string);
    const published = minDate(addDays(earliest, rng.int(0, 150)), anchor);
    const pinned = [a, b].find((t) => t.rounds.length > 1 && rng.chance(0.1));
    files.push({
      path: `comparisons/${slug}.md`,
      text: markdownFile(
        {
          tools: [a.slug, b.slug],
          published,
          headline: rng.chance(0.25) ? headline(rng, a, b) : undefined,
          dek: rng.chance(0.3) ? dek(rng, a, b) : undefined,
          rounds: pinned ? { [pinned.slug]: pinned.rounds[0] as string } : undefined,
          panel: rng.chance(0.15) ? rng.shuffle(PANEL.map((p) => p.slug)) : undefined,
          aliases: rng.chance(0.01) ? [`${a.slug}-versus-${b.slug}`] : undefined,
        },
        rng.chance(0.2) ? editorNote(rng, a, b) : '',
      ),
    });
    if (rng.chance(0.35)) {
      const voted = rng.chance(0.8) ? [a, b] : [rng.pick([a, b])];
      const counts = Object.fromEntries(
        voted.map((t) => [t.slug, { ship: rng.int(0, 300), skip: rng.int(0, 200) }]),
      );
      files.push({ path: `votes/${slug}.yaml`, text: `${yamlLines(counts).join('\n')}\n` });
    }
  }
}
