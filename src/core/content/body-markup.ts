/**
 * What a Markdown body may link to and hold. Links follow the rule URL fields follow (https only,
 * or a path on this site); images and raw HTML are never published. Each is an error naming what
 * was written, because the renderer would otherwise drop it, or worse keep it, without a word.
 */
import type { Node, Parent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { shown } from '../messages/one-line.ts';

/** One refused construct, on a line counted from the body's first line (1). */
export interface MarkupProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

// Only these can make a link, an image or raw HTML: brackets, angle brackets and what GFM turns
// into links by itself. A body without any of them is prose and needs no parse.
const MAY_HOLD_MARKUP = /[[<]|www\.|https?:|mailto:|xmpp:|@/i;

// Relative links resolve against the page; any origin works as long as it is one no link can name.
const BASE = 'https://site.invalid/';

// The commonest body with markup holds only plain inline links to https pages: `[text](https://…)`,
// no image marker before it, no title, nothing an entity or escape could change.
const SIMPLE_LINK = /(?<![!\\])\[[^[\]\\<>&`]*\]\((https:\/\/[^\s()<>\\&`]+)\)/g;

/**
 * True when the body certainly holds nothing to refuse: once its simple https links (each checked)
 * are taken out, nothing is left that could make a link, an image or HTML. Anything else gets the
 * full parse, so this only ever saves work, never changes an answer.
 */
function plainlyClean(body: string): boolean {
  let clean = true;
  const rest = body.replace(SIMPLE_LINK, (_, url: string) => {
    if (linkProblem(url) !== null) clean = false;
    return ' ';
  });
  return clean && !MAY_HOLD_MARKUP.test(rest);
}

/** Links, images and raw HTML in a body that would not be published as written. */
export function checkBodyMarkup(body: string): MarkupProblem[] {
  if (!MAY_HOLD_MARKUP.test(body) || plainlyClean(body)) return [];
  return checkBodyMarkupFully(body);
}

/** The full check: parses the body as the renderer does and walks every node. */
export function checkBodyMarkupFully(body: string): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    const report = (message: string) => problems.push({ line, message });
    if (node.type === 'link' || node.type === 'definition') {
      const url = (node as Node & { url: string }).url;
      const problem = linkProblem(url);
      if (problem) report(`link ${problem}`);
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const { url, label } = node as Node & { url?: string; label?: string };
      const image = url ?? `![${label ?? ''}]`;
      report(
        `images are not published in content: remove the image '${shown(image, 60)}' (a logo goes in the tool's \`logo\` field).`,
      );
    } else if (node.type === 'html' && !/^<\/[a-z]/i.test((node as Node & { value: string }).value)) {
      // A closing tag is dropped with its opening one; naming the opening tag is enough.
      const html = (node as Node & { value: string }).value;
      report(
        `raw HTML is not published and would be dropped: '${shown(html, 60)}'; write Markdown instead (**bold**, [text](https://…)).`,
      );
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(parser.runSync(parser.parse(body)));
  return problems;
}

/** Why a link target is refused, or null when it is an https URL, a mailto: address or a path on this site. */
export function linkProblem(raw: string): string | null {
  const quoted = `'${shown(raw, 80)}'`;
  // Exactly the spellings the sanitizer keeps: it compares schemes as written, case and all.
  if (/^https:\/\/\S/.test(raw)) {
    return URL.canParse(raw) && new URL(raw).hostname
      ? null
      : `${quoted} is not a valid URL: write an https:// address.`;
  }
  if (/^mailto:/.test(raw) || /^(\/(?![/\\])|#)/.test(raw)) return null;
  // Anything else is refused; the WHATWG parser, as browsers use it, says what it would do: it
  // drops tabs and newlines, trims the ends and reads `\` as `/`, so `java&#9;script:` and `/\host`
  // are named for what they are.
  if (!URL.canParse(raw, BASE)) return `${quoted} is not a valid URL: write an https:// address.`;
  const url = new URL(raw, BASE);
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(raw.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
  if (url.origin === new URL(BASE).origin) {
    if (/^\s*[/\\]{2}/.test(raw)) return protocolRelative(quoted, url);
    return `${quoted} is neither an https:// URL nor a path on this site starting with '/': write the full https:// address.`;
  }
  if (!scheme) return protocolRelative(quoted, url);
  if (url.protocol === 'https:' || url.protocol === 'mailto:') {
    // `HTTPS://`, `ht&#9;tps://`, `https:/host`: a browser follows them, the sanitizer drops them.
    return `${quoted} is spelled in a way the site would drop: write '${shown(url.href, 80)}'.`;
  }
  if (url.protocol === 'http:') {
    return `${quoted} is not https: write '${shown(url.href.replace(/^http:/, 'https:'), 80)}' if the site serves it, or remove the link.`;
  }
  return `${quoted} uses ${scheme}:, which is never published: link to an https:// page instead.`;
}

function protocolRelative(quoted: string, url: URL): string {
  return `${quoted} leaves the site without saying https: write '${shown(`https://${url.host}${url.pathname}${url.search}${url.hash}`, 80)}'.`;
}
