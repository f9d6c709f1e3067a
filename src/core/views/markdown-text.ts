/**
 * Names and other content values placed into Markdown we write (`/llms.txt`, reports for pull
 * requests, job summaries). A value is text, never markup: a tool named `[x](javascript:…)` must
 * print as those characters, not become a link, and a line break must not start a new block.
 */
import { oneLine } from '../messages/one-line.ts';

// Characters that mean something inside a line of CommonMark or GitHub-flavoured Markdown: `:` and
// `@` stop URL and e-mail autolinks, which GitHub's parser starts at those characters.
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()<>|~&:@!]/g;

// GitHub also links a bare `www.` word; escaping its dot keeps it text.
const WWW_AUTOLINK = /(^|[^\p{L}\p{N}])(www)\./giu;

// A value may open a list item or a table cell, where `#`, `-`, `+`, `=` or `1.` would start a
// heading, a nested list or a rule: a leading marker is escaped too.
const LEADING_MARKER = /^[#+\-=]/;
const LEADING_ORDINAL = /^(\d+)\./;

// Zero-width joiners hold emoji sequences and some scripts' letters together; they are kept where
// every other invisible character is written as an escape.
const JOINER = /(\u200C|\u200D)/;

/** The value as Markdown text that renders as exactly its characters, on one line. */
export function markdownText(value: string): string {
  return value
    .split(JOINER)
    .map((part) => (JOINER.test(part) ? part : oneLine(part, Infinity)))
    .join('')
    .replace(MARKDOWN_SIGNIFICANT, '\\$&')
    .replace(WWW_AUTOLINK, '$1$2\\.')
    .replace(LEADING_MARKER, '\\$&')
    .replace(LEADING_ORDINAL, '$1\\.');
}
