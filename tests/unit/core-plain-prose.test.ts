/**
 * The plain-prose shortcut must render exactly what the full Markdown pipeline renders, or step aside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownFully } from '../../src/core/content/markdown.ts';
import { renderPlainProse } from '../../src/core/content/plain-prose.ts';
import { readContentDir } from '../../src/fs/read-content.ts';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { parseFile } from '../../src/core/content/parse-file.ts';
import { FIXTURE_SITE_DIR } from '../support/fixture-site.ts';

// Prose characters plus everything that could turn prose into Markdown or need escaping.
const ALPHABET = [
  ...'abc XYZ 0123 .,;:?\'"()/$%+-=—é…\u00a0😀\t\r\n\n\n',
  '  \n',
  '\\',
  '*',
  '_',
  '`',
  '[',
  ']',
  '<',
  '>',
  '#',
  '|',
  '~',
  '!',
  '&',
  '@',
  'www.',
  'https://x.io',
  '1. ',
  '- ',
  '    ',
];
const PROSE = [...'abc XYZ 0123 .,;:?\'"()/$%+-=—é…😀\n\n'];
const prose = fc.oneof(
  fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...PROSE), { maxLength: 80 }).map((parts) => parts.join('')),
);

describe('renderPlainProse', () => {
  it('equals the full pipeline whenever it answers, and answers often enough to be checked', () => {
    let answered = 0;
    fc.assert(
      fc.property(prose, (markdown) => {
        const fast = renderPlainProse(markdown);
        if (!fast) return;
        answered++;
        expect(fast).toEqual(renderMarkdownFully(markdown));
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    // Half the inputs are drawn from plain prose alone; a shortcut that never answered would pass above.
    expect(answered).toBeGreaterThan(1000);
  });

  it('answers for plain paragraphs and steps aside for Markdown', () => {
    expect(renderPlainProse('One line.\nSame paragraph.\n\nTwo — “quoted”, $3/M.\n')).toEqual({
      html: '<p>One line.\nSame paragraph.</p>\n<p>Two — “quoted”, $3/M.</p>',
      text: 'One line. Same paragraph. Two — “quoted”, $3/M.',
    });
    for (const markdown of [
      '**bold**',
      'a [link](https://x.io)',
      '- item',
      '1. first',
      'see www.example.com',
      'a &amp; b',
      'x  \ny',
    ]) {
      expect(renderPlainProse(markdown), markdown).toBeNull();
    }
  });

  it('leaves every body of the frozen seed site and a generated corpus rendered as before', () => {
    const files = [
      ...readContentDir(FIXTURE_SITE_DIR),
      ...generateCorpus({ comparisons: 200, seed: 'prose', anchor: '2026-10-01' }).files,
    ];
    let shortcut = 0;
    for (const file of files.filter((f) => f.path.endsWith('.md'))) {
      const { body } = parseFile(file);
      expect(renderMarkdown(body), file.path).toEqual(renderMarkdownFully(body));
      if (renderPlainProse(body)) shortcut++;
    }
    expect(shortcut).toBeGreaterThan(0);
  });
});
