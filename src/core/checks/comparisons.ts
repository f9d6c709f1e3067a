/**
 * A comparison pairs two different, known tools once, in a file named after them, shows a round
 * of each that exists, and lists a known panel without repeats.
 */
import { comparisonSlug, roundForComparison, roundsOf } from '../content/content-index.ts';
import type { Entry } from '../content/entries.ts';
import type { ComparisonData } from '../schemas/comparison.ts';
import { didYouMean } from '../messages/suggest.ts';
import { claim, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';
import { checkReference } from './references.ts';

type ComparisonEntry = Entry<ComparisonData>;

/**
 * Runs every per-comparison check; aliases are checked apart, once every URL is known. A comparison
 * its schema refused is still checked on its pair (two different known tools, named in its file
 * name, published once), so those problems come in the same run as the file's own.
 */
export function checkComparisons(context: CheckContext): void {
  const pairs = new Map<string, Holder<string>>();
  for (const comparison of context.entries.comparisons) {
    if (!checkDistinctTools(context, comparison)) {
      // Pages and pairs assume two tools, but the file's other mistakes are reported in the same run.
      checkReference(context, {
        entry: comparison,
        path: ['tools', 0],
        slug: comparison.data.tools[0],
        kind: 'tool',
      });
      checkFileName(context, comparison);
      checkRoundKeys(context, comparison);
      checkPanel(context, comparison);
      continue;
    }
    const known = checkToolReferences(context, comparison);
    checkFileName(context, comparison);
    checkPairOnce(context, comparison, pairs);
    checkRoundKeys(context, comparison);
    checkShownRounds(context, comparison, known);
    checkPanel(context, comparison);
  }
  for (const comparison of context.entries.partial.comparisons) {
    const { tools } = comparison.data;
    if (tools === undefined) continue;
    const pair = comparison as Entry<Pick<ComparisonData, 'tools'>>;
    if (checkDistinctTools(context, pair)) {
      checkToolReferences(context, pair);
      checkPairOnce(context, pair, pairs);
    } else {
      checkReference(context, { entry: pair, path: ['tools', 0], slug: tools[0], kind: 'tool' });
    }
    checkFileName(context, pair);
  }
}

// Every other check assumes two different tools, so a self-pair stops here.
function checkDistinctTools({ report }: CheckContext, comparison: PairEntry): boolean {
  const [a, b] = comparison.data.tools;
  if (a !== b) return true;
  report.error(comparison, ['tools'], `a tool cannot be compared with itself: pick two different tools.`);
  return false;
}

/** A comparison as far as its pair goes: what the checks of a refused file can rely on. */
type PairEntry = Entry<Pick<ComparisonData, 'tools'>>;

function checkToolReferences(context: CheckContext, comparison: PairEntry): [boolean, boolean] {
  const [a, b] = comparison.data.tools;
  return [
    checkReference(context, { entry: comparison, path: ['tools', 0], slug: a, kind: 'tool' }),
    checkReference(context, { entry: comparison, path: ['tools', 1], slug: b, kind: 'tool' }),
  ];
}

function checkFileName({ report }: CheckContext, comparison: PairEntry): void {
  const [a, b] = comparison.data.tools;
  const expected = comparisonSlug(a, b);
  if (comparison.id === expected) return;
  report.error(
    comparison,
    ['tools'],
    `file name must match the tools in order: rename the file to '${expected}.md'.`,
  );
}

function checkPairOnce(
  { report }: CheckContext,
  comparison: PairEntry,
  pairs: Map<string, Holder<string>>,
): void {
  const [a, b] = comparison.data.tools;
  claim(pairs, report, {
    key: [a, b].sort().join('|'),
    entry: comparison,
    path: ['tools'],
    message: (other) =>
      `${a} and ${b} are also compared in ${other.file}: a pair is published once, in either order.`,
  });
}

// `rounds` pins a round per tool, so each key must be one of the pair.
function checkRoundKeys({ report }: CheckContext, comparison: ComparisonEntry): void {
  const { tools, rounds } = comparison.data;
  const [a, b] = tools;
  for (const tool of rounds?.keys() ?? []) {
    if (tool !== a && tool !== b) {
      report.error(
        comparison,
        ['rounds', tool],
        `'${tool}' is not one of this comparison's tools (${a}, ${b}).${didYouMean(tool, tools)}`,
      );
    }
  }
}

// The page shows one round per known tool: the pinned one, else the latest on or before publishing.
function checkShownRounds(
  { index, report }: CheckContext,
  comparison: ComparisonEntry,
  known: readonly boolean[],
): void {
  const { tools, published, rounds } = comparison.data;
  tools.forEach((tool, i) => {
    if (!known[i]) return;
    if (roundForComparison(index, comparison.data, tool) !== null) return;
    const available = roundsOf(index, tool);
    const pinned = rounds?.get(tool);
    if (pinned !== undefined) {
      report.error(
        comparison,
        ['rounds', tool],
        `${tool} has no verdicts in round ${pinned}.${available.length ? ` Its rounds: ${available.join(', ')}.` : ''}`,
      );
    } else {
      report.error(
        comparison,
        ['published'],
        available.length
          ? `${tool} has no review round on or before ${published} (its first is ${available[0]}): publish later or pin a round under \`rounds\`.`
          : `${tool} has no verdicts yet: add the panel's verdicts before publishing this comparison.`,
      );
    }
  });
}

function checkPanel(context: CheckContext, comparison: ComparisonEntry): void {
  const listed = new Set<string>();
  comparison.data.panel?.forEach((reviewer, i) => {
    const path = ['panel', i];
    checkReference(context, { entry: comparison, path, slug: reviewer, kind: 'reviewer' });
    if (listed.has(reviewer)) context.report.error(comparison, path, `${reviewer} is listed twice.`);
    listed.add(reviewer);
  });
}
