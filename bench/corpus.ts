/**
 * `npm run corpus -- --comparisons M --out <dir> [--tools N] [--seed S] [--anchor YYYY-MM-DD] [--force]`:
 * writes a valid synthetic corpus (panel, tools, rounds, verdicts, comparisons, votes) for scale tests.
 * Deterministic: the same options write the same files. An up-to-date folder is left alone unless --force.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { CORPUS_DEFAULTS, GENERATOR_VERSION, generateCorpus, type CorpusOptions } from './corpus/generate.ts';
import { readMarker, writeCorpus } from './corpus/write.ts';

const { values } = parseArgs({
  options: {
    comparisons: { type: 'string' },
    tools: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: CORPUS_DEFAULTS.seed },
    anchor: { type: 'string', default: CORPUS_DEFAULTS.anchor },
    force: { type: 'boolean', default: false },
  },
});

const comparisons = Number(values.comparisons);
if (!values.out || !Number.isInteger(comparisons) || comparisons < 1) {
  console.error(
    'usage: npm run corpus -- --comparisons M --out <dir> [--tools N] [--seed S] [--anchor YYYY-MM-DD] [--force]',
  );
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.anchor)) {
  console.error(`corpus: --anchor must be YYYY-MM-DD, got '${values.anchor}'`);
  process.exit(2);
}
const options: CorpusOptions = { comparisons, seed: values.seed, anchor: values.anchor };
if (values.tools !== undefined) options.tools = Number(values.tools);

const marker = { generator: GENERATOR_VERSION, ...options };
if (!values.force && isDeepStrictEqual(readMarker(values.out), marker)) {
  console.log(`corpus: ${values.out} is already up to date`);
  process.exit(0);
}

const started = performance.now();
try {
  const { files, tools } = generateCorpus(options);
  writeCorpus(values.out, files, marker);
  const ms = Math.round(performance.now() - started);
  console.log(
    `corpus: wrote ${files.length} files (${tools} tools, ${comparisons} comparisons) to ${values.out} in ${ms} ms`,
  );
} catch (error) {
  console.error(`corpus: ${(error as Error).message}`);
  process.exit(1);
}
