/**
 * The one-glance reading of a scorecard: who ships what and where the panel splits.
 */
import type { ComparisonSide, ScorecardRow, VerdictSummary } from '../model.ts';

/** Sorts reviewers into ship-both / only-A / only-B / skip-both and writes one plain sentence. */
export function summarize(
  rows: readonly ScorecardRow[],
  a: ComparisonSide,
  b: ComparisonSide,
): VerdictSummary {
  const summary: VerdictSummary = {
    shipBoth: [],
    onlyA: [],
    onlyB: [],
    skipBoth: [],
    leader: 'tie',
    sentence: '',
  };
  for (const { reviewer, a: va, b: vb } of rows) {
    if (!va || !vb) continue;
    const shipsA = va.verdict === 'ship';
    const shipsB = vb.verdict === 'ship';
    if (shipsA && shipsB) summary.shipBoth.push(reviewer.slug);
    else if (shipsA) summary.onlyA.push(reviewer.slug);
    else if (shipsB) summary.onlyB.push(reviewer.slug);
    else summary.skipBoth.push(reviewer.slug);
  }
  const pa = a.read.shipPercent ?? -1;
  const pb = b.read.shipPercent ?? -1;
  summary.leader = pa > pb ? 'a' : pb > pa ? 'b' : 'tie';

  const names = new Map(rows.map((row) => [row.reviewer.slug, row.reviewer.name]));
  const list = (slugs: string[]) => joinNames(slugs.map((slug) => names.get(slug) ?? slug));
  const nameA = a.tool.name;
  const nameB = b.tool.name;
  const parts: string[] = [];
  if (summary.leader === 'tie') {
    parts.push(
      `The panel rates ${nameA} and ${nameB} the same: ${a.read.ships} of ${a.read.total} and ${b.read.ships} of ${b.read.total} ship.`,
    );
  } else {
    const [lead, trail] = summary.leader === 'a' ? [a, b] : [b, a];
    parts.push(
      `The panel leans to ${lead.tool.name}: ${lead.read.ships} of ${lead.read.total} ship it, against ${trail.read.ships} of ${trail.read.total} for ${trail.tool.name}.`,
    );
  }
  if (summary.onlyA.length) parts.push(`${list(summary.onlyA)} ${verb(summary.onlyA)} only ${nameA}.`);
  if (summary.onlyB.length) parts.push(`${list(summary.onlyB)} ${verb(summary.onlyB)} only ${nameB}.`);
  if (summary.skipBoth.length)
    parts.push(`${list(summary.skipBoth)} ${summary.skipBoth.length === 1 ? 'skips' : 'skip'} both.`);
  if (!summary.onlyA.length && !summary.onlyB.length && !summary.skipBoth.length && summary.shipBoth.length) {
    parts.push('No split: every reviewer ships both.');
  }
  summary.sentence = parts.join(' ');
  return summary;
}

function verb(slugs: string[]): string {
  return slugs.length === 1 ? 'ships' : 'ship';
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
