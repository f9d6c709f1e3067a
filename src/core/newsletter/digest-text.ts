/**
 * Plain-text body of a newsletter issue, for clients that do not show HTML.
 */
import type { DigestIssue, DigestItem } from './digest.ts';

/** The issue as plain text, one block per comparison. */
export function renderDigestText(issue: DigestIssue): string {
  const lines = [
    issue.title,
    `Comparisons published ${issue.periodText}`,
    '',
    issue.intro,
    '',
    ...issue.items.flatMap((item) => [...itemLines(item), '']),
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
    `- ${item.a.name}: ${item.a.shipPercent} panel ship (${item.a.panel})`,
    `- ${item.b.name}: ${item.b.shipPercent} panel ship (${item.b.panel})`,
    item.summary,
    ...quote,
    `Read the comparison: ${item.url}`,
  ];
}
