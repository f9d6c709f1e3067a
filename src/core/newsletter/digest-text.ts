/**
 * Plain-text body of a newsletter issue, for clients that do not show HTML.
 */
import type { DigestFlip, DigestNewTool } from './digest-rounds.ts';
import type { DigestIssue, DigestItem } from './digest.ts';

/** The issue as plain text: one block per comparison, then the verdict flips and new tools. */
export function renderDigestText(issue: DigestIssue): string {
  const lines = [
    issue.title,
    `Covering ${issue.periodText}`,
    '',
    issue.intro,
    '',
    ...issue.items.flatMap((item) => [...itemLines(item), '']),
    ...section('Verdict flips', issue.flips.map(flipLines)),
    ...section('New tools', issue.newTools.map(newToolLines)),
    '--',
    `${issue.siteName}: ${issue.homeUrl}`,
  ];
  return `${lines.join('\n')}\n`;
}

function itemLines(item: DigestItem): string[] {
  const quote = item.quote
    ? [`"${item.quote.text}"`, `  (${item.quote.reviewer}, ${item.quote.verdict} on ${item.quote.tool})`]
    : [];
  return [
    item.headline,
    `Published ${item.published}`,
    `- ${item.a.name}: ${item.a.shipPercent} panel ship (${item.a.panel}; ${item.a.source})`,
    `- ${item.b.name}: ${item.b.shipPercent} panel ship (${item.b.panel}; ${item.b.source})`,
    item.summary,
    ...quote,
    `Read the comparison: ${item.url}`,
  ];
}

/** A titled section, or nothing when it has no blocks. */
function section(title: string, blocks: string[][]): string[] {
  if (blocks.length === 0) return [];
  return [title, '-'.repeat(title.length), '', ...blocks.flatMap((block) => [...block, ''])];
}

function flipLines(flip: DigestFlip): string[] {
  return [
    `${flip.name}: ${flip.from} -> ${flip.to} panel ship`,
    `${flip.from} in the ${flip.fromSource}; ${flip.to} in the ${flip.toSource} (${flip.panel})`,
    ...flip.reviewers.map((r) => `- ${r.name}: ${r.from} -> ${r.to}`),
    `Every round: ${flip.url}`,
  ];
}

function newToolLines(tool: DigestNewTool): string[] {
  return [
    `${tool.name} (${tool.category})`,
    tool.tagline,
    `${tool.shipPercent} panel ship (${tool.panel}; ${tool.source})`,
    `Read the verdicts: ${tool.url}`,
  ];
}
