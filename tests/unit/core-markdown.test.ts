/**
 * Content bodies come from pull requests: whatever they contain, only safe HTML reaches a page.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/core/content/markdown.ts';

describe('renderMarkdown sanitizes untrusted bodies', () => {
  it.each([
    ['script tags', "<script>alert('x')</script>Hello", '<script'],
    ['event handlers', '<img src="https://x.test/a.png" onerror="alert(1)">', 'onerror'],
    ['javascript: links', '[click](javascript:alert(1))', 'javascript:'],
    ['data: links', '[click](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['http links', '[click](http://insecure.example.com/)', 'http://'],
    ['inline styles', '<p style="position:fixed">x</p>', 'style='],
    ['iframes', '<iframe src="https://evil.example.com/"></iframe>', '<iframe'],
    ['element ids (DOM clobbering)', '<a id="location">x</a>', 'id='],
  ])('drops %s', (_name, markdown, forbidden) => {
    expect(renderMarkdown(markdown).html).not.toContain(forbidden);
  });

  it('keeps Markdown formatting and https links, marked to leave without referrer', () => {
    const { html, text } = renderMarkdown('Ships **now**. See [docs](https://example.com/docs) and `code`.');
    expect(html).toBe(
      '<p>Ships <strong>now</strong>. See <a rel="noopener noreferrer" href="https://example.com/docs">docs</a> and <code>code</code>.</p>',
    );
    expect(text).toBe('Ships now. See docs and code.');
  });

  it('keeps typographic characters of quotes as they were written', () => {
    const quote = "The DX bet is 'get out of the way' — $3/M input, 12-18 months.";
    expect(renderMarkdown(quote).text).toBe(quote);
  });

  it('separates paragraphs in plain text', () => {
    expect(renderMarkdown('One.\n\nTwo.').text).toBe('One. Two.');
  });
});
