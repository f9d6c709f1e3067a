/**
 * The body checks (links, images and HTML) agree with the renderer: the quick path for bodies
 * holding only plain https links never answers differently from the full parse, and whatever
 * the checks accept is published as written (no link loses its target, no image or HTML vanishes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBodyMarkup, checkBodyMarkupFully, linkProblem } from '../../src/core/content/body-markup.ts';
import { renderMarkdownFully } from '../../src/core/content/markdown.ts';

const PIECES = [
  'word ',
  'More in the ',
  '[docs](https://a.example/docs)',
  '[x](http://a.example/)',
  '[y](//b.example)',
  '[z](javascript:alert(1))',
  '![i](https://a.example/i.png)',
  '<b>',
  '</b>',
  '<!-- c -->',
  '&#106;',
  '&amp;',
  '[ref]',
  '[ref]: https://c.example/',
  '[ref]: data:x',
  '\n\n',
  '\n',
  '    ',
  '`',
  '\\',
  '!',
  '[',
  ']',
  '(',
  ')',
  'https://d.example/',
  'www.e.example',
  'x@f.example',
  'mailto:g@h.example',
  '*',
  '_',
  '#',
  '> ',
  '- ',
  '| a | b |\n| - | - |\n',
  '[U](HTTPS://A.EXAMPLE/)',
  '[T](ht&#9;tps://a.example/)',
  '<HTTPS://B.EXAMPLE/>',
  '[M](MAILTO:x@y.example)',
  '[S](https:/a.example)',
  '[t](https://a.example/ "title")',
  '[u](</path with space>)',
  '[v](/tools/x/)',
  '[w](#top)',
  '\t',
];
const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('body markup checks', { timeout: 60_000 }, () => {
  it('answer the same with and without the quick path', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(checkBodyMarkup(text)).toEqual(checkBodyMarkupFully(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('accept only what the renderer publishes as written', () => {
    fc.assert(
      fc.property(body, (text) => {
        fc.pre(checkBodyMarkupFully(text).length === 0);
        const { html } = renderMarkdownFully(text);
        // A link whose target the sanitizer dropped renders as <a> without href.
        expect(html).not.toMatch(/<a(?![^>]*href=)[\s>]/);
        expect(html).not.toMatch(/<img|<script|<!--/i);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['https://a.example/', null],
    [
      'HTTPS://A.EXAMPLE/',
      "'HTTPS://A.EXAMPLE/' is spelled in a way the site would drop: write 'https://a.example/'.",
    ],
    ['mailto:a@b.example', null],
    ['/tools/alpha-ai/', null],
    ['#scorecard', null],
    ['https://', "'https://' is not a valid URL: write an https:// address."],
    [
      'tools/alpha-ai/',
      "'tools/alpha-ai/' is neither an https:// URL nor a path on this site starting with '/': write the full https:// address.",
    ],
    [
      '\\\\evil.example',
      "'\\\\evil.example' leaves the site without saying https: write 'https://evil.example/'.",
    ],
  ])('linkProblem(%j)', (url, expected) => {
    expect(linkProblem(url)).toBe(expected);
  });
});
