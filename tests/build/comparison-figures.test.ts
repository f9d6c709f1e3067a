/**
 * Every comparison page shows the figures computed from its files: each tool's current panel ship
 * share with the round it rests on, its community figure and its entry price. Checked on both test
 * sites; a mismatch names the comparison's content file.
 */
import { describe, expect, it } from 'vitest';
import type { ComparisonSide } from '../../src/core/model.ts';
import { communityFigure } from '../../src/core/views/community.ts';
import { currentRead } from '../../src/core/views/comparison-view.ts';
import { percentText, roundText } from '../../src/core/views/format.ts';
import { TEST_BUILD_SETTINGS } from '../support/test-sites.ts';
import { editorFile, readBuilt, siteModel, TEST_SITES } from './support/sites.ts';

const MIN_SAMPLE = Number(TEST_BUILD_SETTINGS.VOTES_MIN_SAMPLE);

/** The figures a tool card states, as text. */
interface CardFigures {
  tool: string;
  panelShip: string;
  panelRound: string;
  community: string;
  entry: string;
}

function expected(side: ComparisonSide): CardFigures {
  return {
    tool: side.tool.slug,
    panelShip: percentText(currentRead(side).shipPercent),
    panelRound: roundText(currentRead(side).round),
    community: communityFigure(side.community, MIN_SAMPLE).value,
    entry: side.tool.entryPrice,
  };
}

/** The tool cards of a comparison page and the figures each shows. */
function shown(html: string): CardFigures[] {
  return [...html.matchAll(/<article\b[^>]*data-testid="tool-card"[^>]*>([\s\S]*?)<\/article>/g)].map(
    ([card = '', body = '']) => ({
      tool: /data-tool="([^"]*)"/.exec(card)?.[1] ?? '',
      panelShip: figure(body, 'panel-ship'),
      panelRound: text(/data-testid="panel-round"[^>]*>([^<]*)</.exec(body)?.[1]),
      community: figure(body, 'community'),
      entry: figure(body, 'entry-price'),
    }),
  );
}

function figure(card: string, testId: string): string {
  const pattern = new RegExp(
    `data-testid="${testId}"[^>]*>\\s*<span class="figure-value\\b[^"]*"[^>]*>([^<]*)<`,
  );
  return text(pattern.exec(card)?.[1]);
}

function text(html: string | undefined): string {
  return (html ?? '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

describe.each(TEST_SITES)('%s site', (_name, site) => {
  const model = siteModel(site);

  it('publishes a page for every comparison', () => {
    expect(model.comparisons.length).toBeGreaterThan(0);
  });

  it.each(model.comparisons.map((c) => [c.path, c] as const))(
    '%s shows the figures of its files',
    (path, c) => {
      expect(shown(readBuilt(site, `${path}index.html`)), editorFile(site, c.file)).toEqual([
        expected(c.a),
        expected(c.b),
      ]);
    },
  );
});
