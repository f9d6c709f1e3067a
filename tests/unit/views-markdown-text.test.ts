/**
 * `markdownText`: a content value placed into Markdown we write reads as exactly its characters,
 * wherever in a line it lands, and never becomes a link, an element, a block or a second line.
 */
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/core/messages/one-line.ts';
import { markdownText } from '../../src/core/views/markdown-text.ts';
import { disguisedLinks, markupTypes, visibleText } from './support/markdown-tree.ts';

const HOSTILE: [string, string][] = [
  ['a link to a script', '[x](javascript:alert(1))'],
  ['an image', '![x](https://evil.example/x.png)'],
  ['a reference link', '[x][y] and [y]'],
  ['a URL autolink', '<https://evil.example/>'],
  ['a bare URL', 'see https://evil.example/path'],
  ['a bare www address', 'see www.evil.example now'],
  ['an e-mail address', 'write to someone@evil.example'],
  ['raw HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['an entity', '&lt;b&gt; &amp; &#x3C;'],
  ['backticks', '`code` and ``more``'],
  ['emphasis', '**bold** _em_ *it* ~~gone~~'],
  ['a line break', 'first\nsecond'],
  ['a carriage return and a workflow command', 'x\r::error::y'],
  ['a table pipe', 'a | b'],
  ['a trailing backslash', 'ends in \\'],
  ['a heading marker', '# Heading'],
  ['an ordered list marker', '1. first'],
  ['an ordered list marker with a parenthesis', '2) second'],
  ['a bullet marker', '- item'],
  ['a plus marker', '+ item'],
  ['a quote marker', '> quoted'],
  ['a thematic break', '---'],
  ['a setext underline', '==='],
  ['a code fence', '```js'],
  ['a tilde fence', '~~~'],
  ['a bidi override', 'abc\u202Edef'],
  ['brackets and parentheses', 'Acme (beta) [v2] {x}'],
];

// Where a value can land in what we write: mid-line, at the start of a list item, in a table cell;
// each with what a reader should see there.
const PLACES: [string, (text: string) => string, (value: string) => string][] = [
  ['inside a line', (text) => `- before ${text} after`, (value) => `before ${value} after`],
  ['at the start of a list item', (text) => `- ${text}`, (value) => value],
  ['in a table cell', (text) => `| head |\n| --- |\n| ${text} |`, (value) => `head${value}`],
];

describe('markdownText', () => {
  describe.each(PLACES)('%s', (_, place, seen) => {
    it.each(HOSTILE)('%s reads as its characters', (_, value) => {
      const markdown = place(markdownText(value));
      expect(disguisedLinks(markdown)).toEqual([]);
      expect(markupTypes(markdown).filter((type) => !type.startsWith('table'))).toEqual([]);
      expect(visibleText(markdown)).toBe(seen(oneLine(value)));
    });
  });

  it.each([
    ['an emoji sequence', '\u{1F468}\u200D\u{1F4BB} Coder'],
    ['a Persian name with a non-joiner', 'می\u200Cخواهم'],
  ])('keeps the joiners of %s, which hold its letters together', (_, value) => {
    expect(markdownText(value)).toBe(value);
  });

  it('keeps a value on one line', () => {
    expect(markdownText('a\nb\u2028c')).not.toMatch(/[\n\r\u2028]/);
  });

  // GitHub's own parser starts URL and e-mail autolinks at `:`, `@` and a `www.` word; escaped, they stay text.
  it.each([
    ['https://evil.example', 'https\\://evil.example'],
    ['www.evil.example', 'www\\.evil.example'],
    ['Go to WWW.evil.example', 'Go to WWW\\.evil.example'],
    ['someone@evil.example', 'someone\\@evil.example'],
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['2026-01-05', '2026-01-05'],
    ['.5 seconds', '.5 seconds'],
  ])('writes %j as %j', (value, markdown) => {
    expect(markdownText(value)).toBe(markdown);
  });

  it('leaves plain words alone', () => {
    expect(markdownText('SmolVLM2-2B vs Perplexity Sonar Pro 2 API')).toBe(
      'SmolVLM2-2B vs Perplexity Sonar Pro 2 API',
    );
  });
});
