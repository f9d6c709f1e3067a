/**
 * Names and other content values placed into Markdown we write (`/llms.txt`, reports for pull
 * requests, job summaries). A value is text, never markup: a tool named `[x](javascript:…)` must
 * print as those characters, not become a link, and a line break must not start a new block.
 */
import { oneLine } from '../messages/one-line.ts';

// Every character CommonMark or GitHub-flavoured Markdown gives a meaning to somewhere in a line.
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()<>#+\-.!|~&:]/g;

/** The value as Markdown text that renders as exactly its characters, on one line. */
export function markdownText(value: string): string {
  return oneLine(value).replace(MARKDOWN_SIGNIFICANT, '\\$&');
}
