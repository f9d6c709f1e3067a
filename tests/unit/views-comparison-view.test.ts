/**
 * What a comparison page leads with, on the minimal fixture (ann and bo review alpha-ai and
 * beta-bot on 2026-01-10; the pair is published on 2026-01-12; alpha-ai has 2 ship and 1 skip
 * votes): the current read first, the decision on it, the strip, the grid with splits first,
 * and the published read kept when a tool is re-reviewed since.
 */
import { describe, expect, it } from 'vitest';
import { comparisonView } from '../../src/core/views/comparison-view.ts';
import { siteIndex } from '../../src/core/views/site-index.ts';
import { md } from './hostile/files.ts';
import { loadFixture, siteOf, withFile } from './support/content.ts';

const FIXTURE = 'minimal';

function viewOf(files = loadFixture(FIXTURE)) {
  const site = siteOf(files, FIXTURE);
  const c = site.comparisons[0];
  if (!c) throw new Error('the fixture publishes one comparison');
  return comparisonView(c, siteIndex(site).reviewersBySlug, 10);
}

/** alpha-ai re-reviewed on 2026-01-20, after publication: both reviewers now skip it. */
function reReviewed() {
  let files = loadFixture(FIXTURE);
  for (const reviewer of ['ann', 'bo']) {
    files = withFile(
      files,
      FIXTURE,
      `verdicts/alpha-ai/2026-01-20/${reviewer}.md`,
      md(
        { tool: 'alpha-ai', reviewer, round: '2026-01-20', verdict: 'skip' },
        `${reviewer} now skips alpha-ai.`,
      ),
    );
  }
  return files;
}

describe('comparisonView as published', () => {
  const view = viewOf();

  it('picks the tool with the higher share, in words', () => {
    expect(view.pick).toEqual({
      leader: 'a',
      lead: 'Panel pick: Alpha AI',
      detail: '2 of 2 ship it, against 1 of 2 for Beta Bot.',
      separators: [],
    });
  });

  it('gives both figures of each tool with their basis', () => {
    expect(
      view.strip.map((row) => [
        row.name,
        row.panel.value,
        row.panel.basis,
        row.community.value,
        row.community.note,
      ]),
    ).toEqual([
      ['Alpha AI', '100%', '2 of 2 ship · 10 Jan 2026', '\u2014', '3 votes; a share shows from 10'],
      ['Beta Bot', '50%', '1 of 2 ship · 10 Jan 2026', 'No votes yet', ''],
    ]);
    expect(view.strip.map((row) => row.versus)).toEqual([
      '3 votes on Alpha AI so far; a community share shows from 10.',
      null,
    ]);
  });

  it('puts the reviewer who splits first, with a pull quote and the full quote', () => {
    expect(view.grid.map((row) => [row.reviewer.slug, row.a?.verdict, row.b?.verdict, row.split])).toEqual([
      ['bo', 'ship', 'skip', true],
      ['ann', 'ship', 'ship', false],
    ]);
    expect(view.grid[1]?.b?.pull).toBe('ann on beta-bot: worth a look.');
    expect(view.grid[1]?.b?.quoteHtml).toContain('ann on beta-bot');
    expect(view.splits).toEqual([expect.stringMatching(/ ships only Alpha AI\.$/)]);
  });

  it('keeps no separate published read when nobody was re-reviewed', () => {
    expect(view.published).toEqual([]);
  });
});

describe('comparisonView after a re-review', () => {
  const view = viewOf(reReviewed());

  it('leads with the latest round, and the pick and grid follow it', () => {
    expect(view.current.a.round).toBe('2026-01-20');
    expect(view.pick).toMatchObject({ leader: 'b', lead: 'Panel pick: Beta Bot' });
    expect(view.strip[0]?.panel).toEqual({ value: '0%', percent: 0, basis: '0 of 2 ship · 20 Jan 2026' });
    expect(view.grid.map((row) => [row.reviewer.slug, row.a?.verdict, row.b?.verdict])).toEqual([
      ['ann', 'skip', 'ship'],
      ['bo', 'skip', 'skip'],
    ]);
  });

  it('keeps the read the page was published with', () => {
    expect(
      view.published.map(({ position, side }) => [position, side.read.round, side.read.shipPercent]),
    ).toEqual([['a', '2026-01-10', 100]]);
  });
});
