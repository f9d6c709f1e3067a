/**
 * Reads Markdown we write the way GitHub does (CommonMark plus GFM autolinks and tables), so a test
 * can say what a reader would see: which links, which markup, which text.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The syntax tree of a Markdown document. */
export function markdownTree(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

/** Every node of a tree, depth first. */
export function allNodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => allNodes(child)) : [])];
}

/** The URL of every link and image in a document. */
export function linkUrls(markdown: string): string[] {
  return allNodes(markdownTree(markdown)).flatMap((node) =>
    node.type === 'link' || node.type === 'image' ? [node.url] : [],
  );
}

/**
 * Links whose text is not their own address spelled out, and links to anything but http(s) or
 * e-mail. Some parsers (remark among them) link a bare address in text however it was escaped;
 * such a link shows where it goes, so it deceives nobody and is not counted.
 */
export function disguisedLinks(markdown: string): string[] {
  return allNodes(markdownTree(markdown)).flatMap((node) => {
    if (node.type === 'image') return [node.url];
    if (node.type !== 'link') return [];
    const text = toString(node);
    const spelled = [text, `http://${text}`, `https://${text}`, `mailto:${text}`].includes(node.url);
    return spelled && /^(https?|mailto):/.test(node.url) ? [] : [node.url];
  });
}

/** Node types in a document besides plain text, paragraphs, lists and links, sorted. */
export function markupTypes(markdown: string): string[] {
  const plain = new Set(['root', 'paragraph', 'text', 'list', 'listItem', 'link']);
  return [...new Set(allNodes(markdownTree(markdown)).map((node) => node.type))]
    .filter((type) => !plain.has(type))
    .sort();
}

/** What a reader sees: the document's text with the markup taken away. */
export function visibleText(markdown: string): string {
  return toString(markdownTree(markdown));
}
