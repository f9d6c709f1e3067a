/**
 * "Embed this" on a comparison or tool page, loaded when the reader first opens the block
 * (src/client/on-open.ts): reads the badge file the block links to (its <title> and size), then
 * shows the badge and the HTML and Markdown that embed it, written by the one rule in
 * src/core/views/badge-embed.ts. Text goes in through textContent and value only.
 */
import { embedSnippets, type BadgeFacts } from '../../core/views/badge-embed.ts';
import { adoptStyles } from '../adopt-styles.ts';
import { el } from '../element.ts';
import styles from './embed.css?inline';

/** Largest badge side taken from the file; anything else is not one of ours. */
const MAX_SIDE = 4096;

/** The badge's title and size, or null when the file is not a badge. */
function badgeFacts(svgText: string): BadgeFacts | null {
  if (!svgText) return null;
  const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const title = svg.querySelector('title')?.textContent?.trim() ?? '';
  const side = (name: string): number => {
    const value = Number(svg.getAttribute(name));
    return Number.isInteger(value) && value > 0 && value <= MAX_SIDE ? value : 0;
  };
  const [width, height] = [side('width'), side('height')];
  return svg.localName === 'svg' && title && width && height ? { title, width, height } : null;
}

function snippet(id: string, label: string, value: string, rows: number): HTMLElement[] {
  const area = el('textarea', { id, readonly: '', rows: String(rows), spellcheck: 'false' });
  (area as HTMLTextAreaElement).value = value;
  return [el('label', { for: id }, label), area];
}

/** Draws the badge and its snippets in the block (`<details data-page>` holding the badge's link). */
export async function attach(root: HTMLDetailsElement): Promise<void> {
  adoptStyles(styles);
  const badgePath = root.querySelector('a[href]')?.getAttribute('href');
  const pageUrl = root.dataset['page'];
  if (!badgePath || !pageUrl) return;
  const response = await fetch(badgePath).catch(() => null);
  const text = response?.ok ? await response.text().catch(() => '') : '';
  const facts = badgeFacts(text);
  if (!facts) {
    root.append(el('p', { role: 'status' }, 'The badge could not be read just now; its address is above.'));
    return;
  }
  const badgeUrl = new URL(badgePath, pageUrl).href;
  const { html, markdown } = embedSnippets(facts, { badgeUrl, pageUrl });
  const preview = el('img', {
    src: badgePath,
    alt: facts.title,
    width: String(facts.width),
    height: String(facts.height),
  });
  root.append(
    el(
      'div',
      { class: 'embed-snippets' },
      el('p', {}, preview),
      ...snippet('embed-html', 'HTML', html, 4),
      ...snippet('embed-markdown', 'Markdown', markdown, 3),
    ),
  );
}
