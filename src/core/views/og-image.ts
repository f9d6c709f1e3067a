/**
 * The social image of a comparison as data: what it shows, the layout tree the
 * renderer draws, and the text its cache key digests (src/build/social-images hashes it).
 * A rebuild re-renders only images whose inputs or template changed.
 */
import type { Comparison, PanelRead } from '../model.ts';
import { communityFigure } from './community.ts';
import { currentRead } from './comparison-view.ts';
import { countText, percentText, shortDateText } from './format.ts';
import { estimatedLines } from './og-text-width.ts';
import { COMPARISON_EYEBROW } from './page-meta.ts';

/** Pixel size of every social image (the Open Graph 1.91:1 format). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the layout below or the renderer changes so every cached image is redrawn. */
const OG_TEMPLATE_VERSION = 6;

/** Everything an image shows; the hash covers exactly this. */
export interface OgImageData {
  siteName: string;
  eyebrow: string;
  title: string;
  /** `community`: the figure as the site's pages write it ("Community: no votes yet"). */
  tools: { name: string; ship: string; round: string; community: string }[];
}

/**
 * "Panel read of 2 Jun 2026", or "3 of 4 reviewers, 2 Jun 2026" when someone sat the round out:
 * the basis replaces the words rather than lengthening the line, so it fits the column.
 */
function roundLine(read: PanelRead): string {
  const date = shortDateText(read.round);
  return read.satOut.length > 0
    ? `${read.total} of ${countText(read.panelSize, 'reviewer')}, ${date}`
    : `Panel read of ${date}`;
}

/**
 * What a comparison's image shows. Text is composed (NFC) so an accent typed as a letter plus a
 * combining mark draws as the font's accented letter, as a browser shows it. The community
 * figure is worded by the one rule every page follows, with the site's minimum sample.
 */
export function ogImageData(c: Comparison, siteName: string, minSample: number): OgImageData {
  return {
    siteName,
    eyebrow: COMPARISON_EYEBROW,
    title: c.headline.normalize('NFC'),
    tools: [c.a, c.b].map((s) => {
      const read = currentRead(s);
      return {
        name: s.tool.name.normalize('NFC'),
        ship: percentText(read.shipPercent),
        round: roundLine(read),
        community: communityFigure(s.community, minSample).sentence,
      };
    }),
  };
}

/** What the cache key of an image digests: same data and template, same text, same cached PNG. */
export function ogImageKeyText(data: OgImageData): string {
  return JSON.stringify({ v: OG_TEMPLATE_VERSION, size: OG_SIZE, data });
}

/** A node of the element tree the renderer lays out (satori's shape; src/build/social-images/og-render.ts converts it for Takumi). */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (OgNode | string)[] | string };
}

function div(style: Record<string, string | number>, children?: (OgNode | string)[] | string): OgNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** Inner width of the image: the canvas less its side padding. */
const CONTENT_WIDTH = OG_SIZE.width - 2 * 64;
/** Space between the two cards. */
const CARD_GAP = 32;
/** Inner width of a card: half the content less the gap, less the card's side padding. */
const CARD_TEXT_WIDTH = (CONTENT_WIDTH - CARD_GAP) / 2 - 2 * 32;

/**
 * Title sizes from largest to smallest, each with the most lines it may take: every step fits
 * above the cards (at most 178 px of title), so a title never pushes the cards off the canvas.
 */
const SMALLEST_TITLE = { size: 36, lines: 4 } as const;
const TITLE_STEPS = [
  { size: 76, lines: 2 },
  { size: 64, lines: 2 },
  { size: 52, lines: 3 },
  { size: 42, lines: 3 },
  SMALLEST_TITLE,
] as const;
const TITLE_LINE_HEIGHT = 1.1;

/** The size a title of this length starts from: short pairs large, long ones smaller. */
function titleStart(title: string): number {
  const length = [...title].length;
  if (length <= 32) return 0;
  if (length <= 56) return 1;
  if (length <= 90) return 2;
  return 3;
}

/**
 * Size and line limit of the title: the step its length suggests, or a smaller one when its
 * words would not fit in that step's lines (a long word, wide letters). The smallest step
 * clamps whatever still does not fit.
 */
export function ogTitleSize(title: string): { size: number; lines: number } {
  const steps = TITLE_STEPS.slice(titleStart(title));
  const fits = steps.find((step) => estimatedLines(title, step.size, CONTENT_WIDTH) <= step.lines);
  return fits ?? SMALLEST_TITLE;
}

const NAME_LINE_HEIGHT = 1.2;

/** Name sizes a card tries, largest first: a name is one line, smaller only when that makes it fit. */
const NAME_SIZES = [30, 26, 22] as const;

/**
 * Sizes of a card's community line, largest first: the longest wording, a count below the
 * minimum sample ("Community: 9 votes (a share shows from 10)"), fits the last.
 */
const COMMUNITY_SIZES = [24, 22, 20] as const;

/**
 * The first of `sizes` (largest first) that sets `text` on one line of a card, or the first size
 * when none does: the line then ends in an ellipsis.
 */
function oneLineSize(text: string, sizes: readonly [number, ...number[]]): number {
  return sizes.find((size) => estimatedLines(text, size, CARD_TEXT_WIDTH) === 1) ?? sizes[0];
}

/**
 * Size of a tool's name on its card: the regular size, or a smaller one that fits the name on
 * its line. A name too long even for the smallest stays at the regular size and ends in an
 * ellipsis; the title above gives it in full.
 */
export function ogNameSize(name: string): number {
  return oneLineSize(name, NAME_SIZES);
}

const INK = '#0f172a';
const PAPER = '#f8fafc';
const MUTED = '#94a3b8';
const ACCENT = '#34d399';

/**
 * Text that may be longer than its box: a word longer than the line breaks where it reaches the
 * edge instead of running past it, and what does not fit in `lines` ends in an ellipsis.
 */
function clamped(lines: number): Record<string, string | number> {
  return { lineClamp: lines, overflowWrap: 'anywhere', textOverflow: 'ellipsis' };
}

/** Layout tree of the image: title on top, the two ship figures side by side below. */
export function ogImageTree(data: OgImageData): OgNode {
  const column = (tool: OgImageData['tools'][number]): OgNode =>
    div(
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        flexBasis: 0,
        // A card is half the row whatever its name holds: no content can widen it.
        minWidth: 0,
        overflow: 'hidden',
        padding: '28px 32px',
        borderRadius: 24,
        backgroundColor: '#1e293b',
      },
      [
        div(
          // A set line height: a fallback font with tall ascenders (Arabic) cannot grow the card.
          {
            fontSize: ogNameSize(tool.name),
            fontWeight: 700,
            lineHeight: NAME_LINE_HEIGHT,
            color: PAPER,
            ...clamped(1),
          },
          tool.name,
        ),
        div({ display: 'flex', alignItems: 'baseline', marginTop: 12 }, [
          div({ fontSize: 96, fontWeight: 800, color: ACCENT, lineHeight: 1 }, tool.ship),
          div({ fontSize: 28, color: MUTED, marginLeft: 16 }, 'Panel ship'),
        ]),
        div({ fontSize: 24, color: MUTED, marginTop: 10 }, tool.round),
        div(
          {
            fontSize: oneLineSize(tool.community, COMMUNITY_SIZES),
            color: MUTED,
            marginTop: 4,
            ...clamped(1),
          },
          tool.community,
        ),
      ],
    );
  const [first, second] = data.tools;
  const title = ogTitleSize(data.title);
  return div(
    {
      width: OG_SIZE.width,
      height: OG_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 64px',
      backgroundColor: INK,
      color: PAPER,
      fontFamily: 'Inter',
    },
    [
      div({ display: 'flex', flexDirection: 'column' }, [
        div({ display: 'flex', fontSize: 26, color: MUTED }, [
          div({ fontWeight: 800, color: ACCENT }, data.siteName),
          div({ marginLeft: 16 }, `\u00b7  ${data.eyebrow}`),
        ]),
        div(
          {
            fontSize: title.size,
            fontWeight: 800,
            lineHeight: TITLE_LINE_HEIGHT,
            marginTop: 20,
            ...clamped(title.lines),
          },
          data.title,
        ),
      ]),
      div(
        { display: 'flex', gap: CARD_GAP },
        [first, second].flatMap((t) => (t ? [column(t)] : [])),
      ),
    ],
  );
}
