/**
 * The social image of a comparison as data: what it shows, the layout tree the
 * renderer draws, and the content hash that names the cached PNG. A rebuild
 * re-renders only images whose inputs or template changed.
 */
import { createHash } from 'node:crypto';
import type { Comparison, PanelRead } from '../model.ts';
import { countText, percentText, shortDateText } from './format.ts';
import { COMPARISON_EYEBROW } from './page-meta.ts';

/** Pixel size of every social image (the Open Graph 1.91:1 format). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the layout below or the renderer changes so every cached image is redrawn. */
const OG_TEMPLATE_VERSION = 4;

/** Everything an image shows; the hash covers exactly this. */
export interface OgImageData {
  siteName: string;
  eyebrow: string;
  title: string;
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

/** What a comparison's image shows. */
export function ogImageData(c: Comparison, siteName: string): OgImageData {
  return {
    siteName,
    eyebrow: COMPARISON_EYEBROW,
    title: c.headline,
    tools: [c.a, c.b].map((s) => ({
      name: s.tool.name,
      ship: percentText(s.read.shipPercent),
      round: roundLine(s.read),
      community: percentText(s.community.shipPercent),
    })),
  };
}

/** Content hash naming the cached PNG: same data and template, same file. */
export function ogImageHash(data: OgImageData): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: OG_TEMPLATE_VERSION, size: OG_SIZE, data }))
    .digest('hex')
    .slice(0, 32);
}

/** A node of the element tree the renderer lays out (satori's shape; src/build/social-images/og-render.ts converts it for Takumi). */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (OgNode | string)[] | string };
}

function div(style: Record<string, string | number>, children?: (OgNode | string)[] | string): OgNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** Title size that keeps long pairs on at most three lines. */
export function ogTitleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 56) return 64;
  if (title.length <= 90) return 52;
  return 42;
}

const INK = '#0f172a';
const PAPER = '#f8fafc';
const MUTED = '#94a3b8';
const ACCENT = '#34d399';

/** Layout tree of the image: title on top, the two ship figures side by side below. */
export function ogImageTree(data: OgImageData): OgNode {
  const column = (tool: OgImageData['tools'][number]): OgNode =>
    div(
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        flexBasis: 0,
        padding: '28px 32px',
        borderRadius: 24,
        backgroundColor: '#1e293b',
      },
      [
        div({ fontSize: 30, fontWeight: 700, color: PAPER, lineClamp: 1 }, tool.name),
        div({ display: 'flex', alignItems: 'baseline', marginTop: 12 }, [
          div({ fontSize: 96, fontWeight: 800, color: ACCENT, lineHeight: 1 }, tool.ship),
          div({ fontSize: 28, color: MUTED, marginLeft: 16 }, 'Panel ship'),
        ]),
        div({ fontSize: 24, color: MUTED, marginTop: 10 }, tool.round),
        div({ fontSize: 24, color: MUTED, marginTop: 4 }, `Community ${tool.community}`),
      ],
    );
  const [first, second] = data.tools;
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
            fontSize: ogTitleSize(data.title),
            fontWeight: 800,
            lineHeight: 1.1,
            marginTop: 20,
            lineClamp: 3,
          },
          data.title,
        ),
      ]),
      div(
        { display: 'flex', gap: 32 },
        [first, second].flatMap((t) => (t ? [column(t)] : [])),
      ),
    ],
  );
}
