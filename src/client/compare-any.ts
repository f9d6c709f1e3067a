/**
 * Draws two tools side by side on `/compare/?a=&b=` from /data/tools.json: figures with their
 * rounds, each reviewer's call, pricing. Text goes in through textContent only.
 */
import { communityFigures } from '../core/figures.ts';
import {
  editorialPath,
  parseComparePair,
  suggestComparisonUrl,
  TOOLS_DATA_PATH,
  type CompareData,
  type CompareTool,
} from '../core/views/compare-any.ts';
import { basisClause, communityFigureText, countText, percentText, roundText } from '../core/views/format.ts';

const root = document.getElementById('compare-any');

/** An element with text and optional attributes and children. */
function el(tag: string, text = '', attrs: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function say(message: string, ...extra: Node[]): void {
  root?.replaceChildren(el('p', message, { 'data-compare-status': '' }), ...extra);
}

function card(tool: CompareTool, minSample: number): HTMLElement {
  const community = communityFigureText(communityFigures(tool.community), minSample);
  const basis = basisClause(tool.panel.total, tool.panel.panelSize);
  const panel = tool.round
    ? `${roundText(tool.round)}: ${tool.panel.ships} of ${countText(tool.panel.total, 'reviewer')} ship it${basis ? ` (${basis})` : ''}`
    : 'Not reviewed yet';
  return el(
    'article',
    '',
    { class: 'card', 'data-testid': 'compare-tool' },
    el('h3', '', {}, el('a', tool.name, { href: tool.path })),
    el('p', tool.category, { class: 'eyebrow' }),
    ...(tool.tagline ? [el('p', tool.tagline)] : []),
    el(
      'p',
      '',
      {},
      el('strong', percentText(tool.panel.shipPercent)),
      document.createTextNode(' panel ship'),
    ),
    el('p', panel, { class: 'muted', 'data-testid': 'compare-round' }),
    el('p', `Community: ${community.value} (${community.note})`),
    el('p', '', {}, el('strong', 'Entry price: '), document.createTextNode(tool.entryPrice)),
    el('p', tool.pricingNote, { class: 'muted' }),
  );
}

function scorecard(data: CompareData, a: CompareTool, b: CompareTool): HTMLElement {
  const call = (tool: CompareTool, reviewer: string): string => {
    const value = tool.calls[reviewer];
    return value === 'ship' ? 'Ship' : value === 'skip' ? 'Skip' : 'No call';
  };
  return el(
    'table',
    '',
    { class: 'scorecard' },
    el('caption', "Each reviewer's call in each tool's latest round"),
    el(
      'thead',
      '',
      {},
      el(
        'tr',
        '',
        {},
        el('th', 'Reviewer', { scope: 'col' }),
        el('th', a.name, { scope: 'col' }),
        el('th', b.name, { scope: 'col' }),
      ),
    ),
    el(
      'tbody',
      '',
      {},
      ...data.reviewers.map((r) =>
        el(
          'tr',
          '',
          {},
          el('th', r.name, { scope: 'row' }),
          el('td', call(a, r.slug)),
          el('td', call(b, r.slug)),
        ),
      ),
    ),
  );
}

async function draw(): Promise<void> {
  if (!root) return;
  const pair = parseComparePair(location.search);
  if (!pair.ok) {
    if (pair.reason !== 'missing') {
      say(
        pair.reason === 'same'
          ? 'Pick two different tools to compare.'
          : 'That link does not name two tools; pick them above.',
      );
    } else say('Pick two tools above to see them side by side.');
    return;
  }
  let data: CompareData;
  try {
    const response = await fetch(TOOLS_DATA_PATH);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as CompareData;
  } catch {
    say('The tool data could not be loaded; check your connection and reload the page.');
    return;
  }
  const a = data.tools.find((t) => t.slug === pair.a);
  const b = data.tools.find((t) => t.slug === pair.b);
  if (!a || !b) {
    say(`No tool is published as "${!a ? pair.a : pair.b}"; pick one above.`);
    return;
  }
  for (const [name, slug] of [
    ['a', a.slug],
    ['b', b.slug],
  ] as const) {
    const select = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select) select.value = slug;
  }
  const minSample = Number(root.dataset['minSample'] ?? '10') || 10;
  const editorial = editorialPath(new Set(data.comparisons), a.slug, b.slug);
  const suggest = suggestComparisonUrl(root.dataset['repository'] || null, a.slug, b.slug);
  document.title = `${a.name} vs ${b.name}: compare any two tools`;
  root.replaceChildren(
    el('h2', `${a.name} vs ${b.name}`),
    el(
      'p',
      editorial === null
        ? 'Not an editorial comparison: the panel has not compared these two side by side. These are each tool’s latest figures.'
        : '',
      { 'data-compare-status': '' },
      ...(editorial === null
        ? []
        : [
            document.createTextNode('The panel has compared these two: '),
            el('a', 'read the editorial comparison', { href: editorial }),
            document.createTextNode('.'),
          ]),
    ),
    el('div', '', { class: 'compare-cards' }, card(a, minSample), card(b, minSample)),
    scorecard(data, a, b),
    ...(editorial === null
      ? [
          suggest
            ? el(
                'p',
                '',
                {},
                el('a', 'Suggest this comparison', { href: suggest, rel: 'noopener noreferrer' }),
                document.createTextNode(' (opens a pre-filled file on GitHub).'),
              )
            : el(
                'p',
                `Suggest this comparison: add content/comparisons/${a.slug}-vs-${b.slug}.md through a pull request.`,
              ),
        ]
      : []),
  );
}

void draw();
