/**
 * A whole synthetic corpus as a list of files: the panel, N tools with rounds and verdicts,
 * M comparisons and votes. Pure: the same options always give the same files.
 */
import { generateComparisons, maxPairs } from './comparisons.ts';
import { createRng } from './prng.ts';
import { generatePanel, generateTools, type CorpusFile } from './tools.ts';

/** What to generate. */
export interface CorpusOptions {
  comparisons: number;
  /** Number of tools; defaults to `defaultToolCount(comparisons)`. */
  tools?: number;
  seed: string;
  /** Latest date anything in the corpus carries (YYYY-MM-DD); fixed so output does not depend on the clock. */
  anchor: string;
}

/** Bumped whenever the same options would produce different files. */
export const GENERATOR_VERSION = 2;

/** Defaults: a seed and an anchor date safely in the past. */
export const CORPUS_DEFAULTS = { seed: 'shipworthy', anchor: '2026-10-01' } as const;

/** About ten comparisons per tool, as a directory that compares each tool with its closest rivals. */
function defaultToolCount(comparisons: number): number {
  let tools = Math.max(12, Math.ceil(comparisons / 10));
  while (maxPairs(tools) < comparisons) tools++;
  return tools;
}

/** Generates the corpus in memory. */
export function generateCorpus(options: CorpusOptions): { files: CorpusFile[]; tools: number } {
  const rng = createRng(`${options.seed}#${GENERATOR_VERSION}`);
  const toolCount = options.tools ?? defaultToolCount(options.comparisons);
  const files: CorpusFile[] = [];
  generatePanel(files);
  const tools = generateTools(rng.fork('tools'), toolCount, options.anchor, files);
  generateComparisons(rng.fork('comparisons'), tools, options.comparisons, options.anchor, files);
  return { files, tools: toolCount };
}
