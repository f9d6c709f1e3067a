/**
 * Names and other content values placed into Markdown we write (`/llms.txt`, reports for pull
 * requests, job summaries). A value is text, never markup: a tool named `[x](javascript:…)` must
 * print as those characters, not become a link, and a line break must not start a new block.
 */
import { oneLine } from '../messages/one-line.ts';

// Characters that mean something inside a line of CommonMark or GitHub-flavoured Markdown (`:` stops
// autolinks). Block markers (`#`, `-`, `1.`) only mean something at a line's start, which a value never is.
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()<>|~&:!]/g;

/** The value as Markdown text that renders as exactly its characters, on one line. */
export function markdownText(value: string): string {
  return oneLine(value).replace(MARKDOWN_SIGNIFICANT, '\\$&');
}
