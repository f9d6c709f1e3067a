import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ogImageData,
  ogImageKeyText,
  ogImageTree,
  ogNameSize,
  ogTitleSize,
  OG_SIZE,
  type OgNode,
} from '../../src/core/views/og-image.ts';
import { communityFigure } from '../../src/core/views/community.ts';
import { estimatedLines } from '../../src/core/views/og-text-width.ts';
import { headline, ogData, SCRIPT_PAIRS, toolName } from './support/og-names.ts';
import { comparison, seedSite, SONAR, withVotes } from './views-fixture.ts';

const MIN_SAMPLE = 10;
const c = comparison(seedSite(), SONAR);
const data = ogImageData(c, 'Shipworthy', MIN_SAMPLE);

describe('social image data', () => {
  it('shows the pair and both headline panel figures, a re-reviewed tool at its latest round', () => {
    expect(data.title).toBe('SmolVLM2-2B vs Perplexity Sonar Pro 2 API');
    expect(data.tools.map((t) => [t.ship, t.round])).toEqual([
      ['100%', 'Panel read of 15 Sep 2026'],
      ['100%', 'Panel read of 2 Jun 2026'],
    ]);
  });

  it('cache key text is stable for the same data and changes when a figure changes', () => {
    expect(ogImageKeyText(ogImageData(c, 'Shipworthy', MIN_SAMPLE))).toBe(ogImageKeyText(data));
    expect(ogImageKeyText(ogImageData(withVotes(c, 3, 1), 'Shipworthy', MIN_SAMPLE))).not.toBe(
      ogImageKeyText(data),
    );
  });

  it.each([
    [0, 0, 'Community: no votes yet'],
    [3, 1, 'Community: 4 votes (a share shows from 10)'],
    [9, 3, 'Community: 75% ship, 12 votes'],
  ])('writes %i ship and %i skip votes as every page does: %s', (ship, skip, line) => {
    const tools = ogImageData(withVotes(c, ship, skip), 'Shipworthy', MIN_SAMPLE).tools;
    expect(tools[0]?.community).toBe(line);
    expect(line).toBe(communityFigure({ ship, skip }, MIN_SAMPLE).sentence);
  });

  it('composes names and titles, so a letter typed with a combining accent draws as one glyph', () => {
    const named = (name: string) => ({ ...c.a, tool: { ...c.a.tool, name } });
    const decomposed = ogImageData(
      { ...c, a: named('Cafe\u0301'), headline: 'Cafe\u0301 vs B' },
      'S',
      MIN_SAMPLE,
    );
    expect(decomposed.tools[0]?.name).toBe('Caf\u00e9');
    expect(decomposed.title).toBe('Caf\u00e9 vs B');
  });

  it('lays out at 1200 × 630, the size Open Graph and X cards display without cropping', () => {
    expect(OG_SIZE).toEqual({ width: 1200, height: 630 });
    expect(ogImageTree(data).props.style).toMatchObject({ width: 1200, height: 630 });
  });
});

describe('type sizes', () => {
  // The seed comparisons keep the sizes their golden images were drawn at.
  it.each([
    ['A vs B', 76, 2],
    ['SmolVLM2-2B vs Perplexity Sonar Pro 2 API', 64, 2],
    ['SmolVLM2-2B vs Perplexity Deep Research API', 64, 2],
    ['Hugging Face Inference Providers Marketplace vs SmolVLM2-2B', 52, 3],
    ['x'.repeat(120), 42, 3],
    // One long word: too wide for two lines at the size its length suggests, so it shrinks.
    [`${'W'.repeat(30)} vs B`, 52, 3],
    [`${'W'.repeat(80)} vs ${'W'.repeat(80)}`, 36, 4],
    ['界'.repeat(30), 64, 2],
    ['界'.repeat(40), 52, 3],
  ])('title %s is set at %ipx on at most %i lines', (title, size, lines) =>
    expect(ogTitleSize(title)).toEqual({ size, lines }),
  );

  it.each([
    ['SmolVLM2-2B', 30],
    ['Perplexity Deep Research API', 30],
    ['Perplexity Sonar Pro 2 API Enterprise', 22],
    // Too long even at the smallest size: the regular size, ending in an ellipsis.
    ['Hugging Face Inference Providers Marketplace', 30],
    ['W'.repeat(80), 30],
  ])('name %s is set at %ipx', (name, size) => expect(ogNameSize(name)).toBe(size));

  it.each([
    ['one word on one line', 'Sonar', 30, 456, 1],
    ['a long word breaks where it meets the edge', 'W'.repeat(40), 30, 456, 3],
    ['words move to the next line whole', 'aaaa bbbb', 10, 50, 2],
    ['ideographs break between any two', '界'.repeat(10), 10, 50, 2],
    ['marks and joiners add no width', `${'e\u0301'.repeat(5)} 👩🏽‍💻`, 10, 200, 1],
  ])('line estimate: %s', (_, text, size, width, lines) =>
    expect(estimatedLines(text, size, width)).toBe(lines),
  );
});

/** Font size and line height a text node inherits when it sets none ("normal" is at most 1.25 for these fonts). */
interface Inherited {
  fontSize: number;
  lineHeight: number;
}

const px = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** Top and bottom padding of a style such as `28px 32px`. */
function verticalPadding(style: OgNode['props']['style']): number {
  if (typeof style['padding'] !== 'string') return px(style['padding']) * 2;
  const [top = 0, , bottom = top] = style['padding'].split(' ').map((part) => Number.parseFloat(part));
  return top + bottom;
}

/**
 * The tallest a node can be, whatever its text: a text takes at most its clamp's lines (one when
 * unclamped: only fixed labels are), a column the sum of its children, a row its tallest child.
 */
function maxHeight(node: OgNode, inherited: Inherited): number {
  const { style, children } = node.props;
  const own: Inherited = {
    fontSize: px(style['fontSize']) || inherited.fontSize,
    lineHeight: px(style['lineHeight']) || inherited.lineHeight,
  };
  const margin = px(style['marginTop']) + px(style['marginBottom']);
  if (typeof children === 'string' || children === undefined) {
    const lines = px(style['lineClamp']) || 1;
    return margin + lines * own.fontSize * own.lineHeight;
  }
  const heights = children.map((child) =>
    typeof child === 'string' ? own.fontSize * own.lineHeight : maxHeight(child, own),
  );
  const column = style['flexDirection'] === 'column';
  const content = column ? heights.reduce((sum, h) => sum + h, 0) : Math.max(...heights);
  return margin + verticalPadding(style) + content;
}

/** Text nodes whose text comes from content (the title and the names), found by their text. */
function textNodes(node: OgNode, texts: readonly string[]): OgNode[] {
  const { children } = node.props;
  if (typeof children === 'string') return texts.includes(children) ? [node] : [];
  return (children ?? []).flatMap((child) => (typeof child === 'string' ? [] : textNodes(child, texts)));
}

describe('layout of any names validation accepts', { timeout: 60_000 }, () => {
  const cases = fc.tuple(toolName, toolName, fc.option(headline, { nil: undefined }));

  it('fits both cards and both figures on the canvas, whatever the names hold', () => {
    fc.assert(
      fc.property(cases, ([a, b, title]) => {
        const tree = ogImageTree(ogData(a, b, title));
        expect(maxHeight(tree, { fontSize: 16, lineHeight: 1.25 })).toBeLessThanOrEqual(OG_SIZE.height);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each card half the row and every content text inside its box', () => {
    fc.assert(
      fc.property(cases, ([a, b, title]) => {
        const image = ogData(a, b, title);
        const tree = ogImageTree(image);
        const row = (tree.props.children as OgNode[])[1] as OgNode;
        const cards = row.props.children as OgNode[];
        expect(cards).toHaveLength(2);
        for (const card of cards)
          expect(card.props.style).toMatchObject({
            flexGrow: 1,
            flexBasis: 0,
            minWidth: 0,
            overflow: 'hidden',
          });
        const texts = textNodes(tree, [image.title, ...image.tools.map((t) => t.name)]);
        expect(texts.length).toBeGreaterThanOrEqual(3);
        for (const text of texts)
          expect(text.props.style).toMatchObject({ overflowWrap: 'anywhere', textOverflow: 'ellipsis' });
      }),
      { numRuns: 200 },
    );
  });

  it.each(Object.entries(SCRIPT_PAIRS))('fits the %s pair', (_, [a, b]) => {
    expect(maxHeight(ogImageTree(ogData(a, b)), { fontSize: 16, lineHeight: 1.25 })).toBeLessThanOrEqual(
      OG_SIZE.height,
    );
  });
});
