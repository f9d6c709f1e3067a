/**
 * Renders untrusted Markdown bodies to sanitized HTML and to plain text.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { renderPlainProse } from './plain-prose.ts';

/** A body rendered both ways: sanitized HTML for pages, plain text for feeds, search and data. */
export interface RenderedMarkdown {
  html: string;
  text: string;
}

// GitHub's sanitize schema, narrowed: links may only use https or mailto, and no element may carry ids
// (clobbering) or inline styles; raw HTML in the source never survives because remark-rehype drops it.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['https', 'mailto'], src: ['https'] },
  clobber: [],
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'input'].includes(tag)),
};

const parser = unified().use(remarkParse).use(remarkGfm);
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Renders Markdown to sanitized HTML plus its plain text. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  // Most bodies are plain paragraphs; parsing them costs most of a large build's content load.
  return renderPlainProse(markdown) ?? renderMarkdownFully(markdown);
}

/** The full pipeline: parse, convert, sanitize, stringify. */
export function renderMarkdownFully(markdown: string): RenderedMarkdown {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  // Blocks are joined with a space so paragraphs do not run words together.
  const text = tree.children
    .map((node) => toString(node, { includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const hast = toHtml.runSync(tree);
  const html = toHtml.stringify(hast).trim();
  return { html: addLinkRel(html), text };
}

// Every link in content leaves the site; it must not hand the opener or referrer to the target.
function addLinkRel(html: string): string {
  return html.replace(/<a href=/g, '<a rel="noopener noreferrer" href=');
}
