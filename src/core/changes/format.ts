/**
 * The report in a terminal (plain text) and in a job summary or pull request (Markdown). Content
 * values are escaped for each: one printable line in text (`oneLine`), literal text in Markdown
 * (`markdownText`); site URLs, which are made from slugs, print as code in Markdown.
 */
import { oneLine } from '../messages/one-line.ts';
import { markdownText } from '../views/markdown-text.ts';
import type { Line, Part } from './lines.ts';
import type { Report, Section } from './report.ts';

/** The report as plain text for a terminal. */
export function formatText(report: Report): string {
  const part = (p: Part): string =>
    typeof p === 'string' ? p : 'value' in p ? oneLine(p.value) : oneLine(p.path);
  const line = (l: Line): string => l.map(part).join('');
  const block = (s: Section): string[] => [
    '',
    `${s.title} (${s.total})`,
    ...s.lines.map((l) => `  ${line(l)}`),
    ...more(s).map((text) => `  ${text}`),
  ];
  return [report.title, ...report.intro.map(line), ...report.sections.flatMap(block)].join('\n') + '\n';
}

/** The report as GitHub-flavoured Markdown, for `$GITHUB_STEP_SUMMARY` or a pull request comment. */
export function formatMarkdown(report: Report): string {
  const part = (p: Part): string =>
    typeof p === 'string' ? p : 'value' in p ? markdownText(p.value) : codeSpan(p.path);
  const line = (l: Line): string => l.map(part).join('');
  const block = (s: Section): string[] => [
    '',
    `### ${s.title} (${s.total})`,
    '',
    ...s.lines.map((l) => `- ${line(l)}`),
    ...more(s).map((text) => `- ${text}`),
  ];
  const intro = report.intro.flatMap((l) => ['', line(l)]);
  return [`## ${report.title}`, ...intro, ...report.sections.flatMap(block)].join('\n') + '\n';
}

function more(section: Section): string[] {
  const left = section.total - section.lines.length;
  return left > 0 ? [`… and ${left.toLocaleString('en-US')} more`] : [];
}

// A URL is made from slugs (letters, digits, hyphens); anything else is printed as escaped text.
function codeSpan(path: string): string {
  return /^[\w./#-]+$/.test(path) ? `\`${path}\`` : markdownText(path);
}
