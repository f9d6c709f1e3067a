/**
 * Draws two tools side by side on `/compare/?a=&b=` from /data/tools.json, in the markup and
 * classes of an editorial comparison: the decision strip (the panel's pick or a tie and what
 * separates the two, both figures on one scale), the tool cards and the reviewer grid. Its words
 * come from the same pure functions the editorial pages use. Text goes in through textContent only.
 */
import {
  editorialPath,
  parseComparePair,
  suggestComparisonUrl,
  TOOLS_DATA_PATH,
  type CompareData,
  type CompareTool,
} from '../core/views/compare-any.ts';
import { communityExplainer, communityFigure, panelVersusCommunity } from '../core/views/community.ts';
import { gridRows, panelPick, type DecisionSide } from '../core/views/decision.ts';
import {
  basisClause,
  countText,
  panelTallyText,
  percentText,
  roundText,
  shortDateText,
} from '../core/views/format.ts';
import { VERDICT_ICON_PATHS } from '../core/views/verdict-icons.ts';
import type { Verdict } from '../core/vocabulary.ts';
import { el } from './element.ts';

const root = document.getElementById('compare-any');
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string>, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function say(message: string, ...extra: Node[]): void {
  root?.replaceChildren(el('p', { 'data-compare-status': '' }, message), ...extra);
}

function side(tool: CompareTool): DecisionSide {
  return {
    name: tool.name,
    entryPrice: tool.entryPrice,
    panel: tool.panel,
    calls: tool.calls,
    community: tool.community,
  };
}

/** A share on the strip's 0-100 scale, as the editorial page draws it. */
function bar(percent: number | null, kind: 'panel' | 'community'): SVGElement {
  return svg(
    'svg',
    {
      class: 'bar',
      viewBox: '0 0 100 8',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
    },
    svg('rect', { class: `bar-fill bar-${kind}`, width: String(percent ?? 0), height: '8' }),
  );
}

function chip(verdict: Verdict | null): HTMLElement {
  if (verdict === null) return el('span', { class: 'chip chip-none' }, 'No call');
  const icon = svg(
    'svg',
    { 'aria-hidden': 'true', width: '14', height: '14', viewBox: '0 0 16 16' },
    svg('path', { d: VERDICT_ICON_PATHS[verdict] }),
  );
  return el('span', { class: `chip chip-${verdict}` }, icon, verdict === 'ship' ? 'Ship' : 'Skip');
}

function strip(a: CompareTool, b: CompareTool, data: CompareData, minSample: number): HTMLElement {
  const pick = panelPick(side(a), side(b), data.reviewers, minSample);
  const rows = [a, b].map((tool, i) => {
    const community = communityFigure(tool.community, minSample);
    const panel = tool.round ? panelTallyText({ ...tool.panel, round: tool.round }) : 'Not reviewed yet';
    return el(
      'tr',
      { 'data-testid': 'strip-row' },
      el('th', { scope: 'row' }, el('a', { href: `#tool-${i ? 'b' : 'a'}` }, tool.name)),
      el(
        'td',
        {},
        el('span', { class: 'strip-value' }, percentText(tool.panel.shipPercent)),
        bar(tool.panel.shipPercent, 'panel'),
        el('span', { class: 'strip-basis' }, panel),
      ),
      el(
        'td',
        {},
        el(
          'span',
          { class: community.percent === null ? 'strip-value is-none' : 'strip-value' },
          community.value,
        ),
        bar(community.percent, 'community'),
        el('span', { class: 'strip-basis' }, community.note),
      ),
    );
  });
  const versus = [a, b].flatMap(
    (tool) => panelVersusCommunity(tool.name, tool.panel, tool.community, minSample) ?? [],
  );
  return el(
    'section',
    { class: 'decision', 'aria-labelledby': 'decision-heading', 'data-testid': 'decision' },
    el('h2', { id: 'decision-heading', class: 'pick' }, pick.lead),
    el('p', { class: 'pick-detail' }, pick.detail),
    ...(pick.separators.length
      ? [
          el(
            'ul',
            { class: 'pick-why', 'aria-label': 'What separates them' },
            ...pick.separators.map((s) => el('li', {}, s)),
          ),
        ]
      : []),
    el(
      'table',
      { class: 'strip' },
      el('caption', { class: 'visually-hidden' }, 'Ship figures of both tools on one scale, 0 to 100%'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Tool')),
          el('th', { scope: 'col' }, 'Panel ship'),
          el('th', { scope: 'col' }, 'Community'),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
    ...(versus.length ? [el('ul', { class: 'versus' }, ...versus.map((line) => el('li', {}, line)))] : []),
    el('p', { class: 'explainer' }, communityExplainer(minSample)),
  );
}

function card(tool: CompareTool, position: 'a' | 'b', minSample: number): HTMLElement {
  const community = communityFigure(tool.community, minSample);
  const basis = basisClause(tool.panel.total, tool.panel.panelSize);
  const round = tool.round
    ? `${roundText(tool.round)}: ${tool.panel.ships} of ${countText(tool.panel.total, 'reviewer')} ship it${basis ? ` (${basis})` : ''}`
    : 'Not reviewed yet';
  const figure = (value: string, label: string, note: string | null, none = false): HTMLElement =>
    el(
      'li',
      { class: 'figure' },
      el('span', { class: none ? 'figure-value is-none' : 'figure-value' }, value),
      ' ',
      el('span', { class: 'figure-label' }, label),
      ...(note ? [' ', el('span', { class: 'figure-note' }, note)] : []),
    );
  return el(
    'article',
    {
      class: 'card tool-card',
      id: `tool-${position}`,
      'data-testid': 'compare-tool',
      'aria-labelledby': `tool-${position}-name`,
    },
    el('p', { class: 'eyebrow' }, tool.category),
    el('h2', { id: `tool-${position}-name` }, el('a', { href: tool.path }, tool.name)),
    ...(tool.tagline ? [el('p', { class: 'tagline' }, tool.tagline)] : []),
    el(
      'ul',
      { class: 'figures' },
      figure(percentText(tool.panel.shipPercent), 'Panel ship', null),
      figure(community.value, 'Community', community.note, community.percent === null),
      figure(tool.entryPrice, 'Entry', null),
    ),
    el('p', { class: 'muted', 'data-testid': 'compare-round' }, round),
    el('p', { class: 'pricing' }, el('strong', {}, 'Pricing:'), ` ${tool.pricingNote}`),
  );
}

function grid(data: CompareData, a: CompareTool, b: CompareTool): HTMLElement {
  const rows = gridRows(data.reviewers, side(a), side(b));
  const head = (tool: CompareTool) =>
    el(
      'th',
      { scope: 'col' },
      tool.name,
      ' ',
      el('span', { class: 'grid-round' }, tool.round ? `${shortDateText(tool.round)} round` : 'Not reviewed'),
    );
  return el(
    'section',
    { class: 'reviewers', 'aria-labelledby': 'grid-heading' },
    el('h2', { id: 'grid-heading' }, 'Reviewers at a glance'),
    el(
      'table',
      { class: 'grid', 'data-testid': 'reviewer-grid' },
      el(
        'caption',
        { class: 'visually-hidden' },
        "Each reviewer's call on each tool in its latest round, reviewers who split first",
      ),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Reviewer'), head(a), head(b))),
      el(
        'tbody',
        {},
        ...rows.map((row) =>
          el(
            'tr',
            row.split ? { 'data-split': '' } : {},
            el(
              'th',
              { scope: 'row' },
              row.reviewer.name,
              ...(row.split ? [' ', el('span', { class: 'grid-split-tag' }, 'Splits')] : []),
            ),
            el('td', {}, chip(row.a)),
            el('td', {}, chip(row.b)),
          ),
        ),
      ),
    ),
  );
}

function suggestion(repository: string | null, a: CompareTool, b: CompareTool): HTMLElement {
  const suggest = suggestComparisonUrl(repository, a.slug, b.slug);
  return suggest
    ? el(
        'p',
        {},
        el('a', { href: suggest, rel: 'noopener noreferrer' }, 'Suggest this comparison'),
        ' (opens a pre-filled file on GitHub).',
      )
    : el(
        'p',
        {},
        `Suggest this comparison: add content/comparisons/${a.slug}-vs-${b.slug}.md through a pull request.`,
      );
}

async function draw(): Promise<void> {
  if (!root) return;
  const pair = parseComparePair(location.search);
  if (!pair.ok) {
    say(
      pair.reason === 'missing'
        ? 'Pick two tools below to see them side by side.'
        : pair.reason === 'same'
          ? 'Pick two different tools to compare.'
          : 'That link does not name two tools; pick them below.',
    );
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
    say(`No tool is published as "${!a ? pair.a : pair.b}"; pick one below.`);
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
  document.title = `${a.name} vs ${b.name}: compare any two tools`;
  const title = document.querySelector('[data-compare-title]');
  if (title) title.textContent = `${a.name} vs ${b.name}`;
  root.replaceChildren(
    editorial === null
      ? el(
          'p',
          { 'data-compare-status': '', class: 'compare-label' },
          'Not an editorial comparison: each tool’s latest figures, side by side.',
        )
      : el(
          'p',
          { 'data-compare-status': '', class: 'compare-label' },
          'The panel has compared these two: ',
          el('a', { href: editorial }, 'read the editorial comparison'),
          '.',
        ),
    strip(a, b, data, minSample),
    el('div', { class: 'pair tool-pair' }, card(a, 'a', minSample), card(b, 'b', minSample)),
    grid(data, a, b),
    ...(editorial === null ? [suggestion(root.dataset['repository'] || null, a, b)] : []),
  );
}

void draw();
