/**
 * A figure from a round someone sat out is never published as the whole panel's: badges (drawn
 * row and title), feeds, meta descriptions, social images and the newsletter name its basis
 * ("from 1 of 2 reviewers"); a full round reads exactly as before. Fixture: the minimal site with bo
 * sitting out alpha-ai's 2026-01-10 round (ann ships it: 100% from 1 of 2), beta-bot's round full
 * (50% from 2 of 2); a second variant re-reviews alpha-ai on 2026-01-20 with both on the panel.
 */
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { digestIssue, buildDigest, type DigestOptions } from '../../src/core/newsletter/digest.ts';
import { comparisonBadge, toolBadge } from '../../src/core/views/badge.ts';
import { ogImageData } from '../../src/core/views/og-image.ts';
import { comparisonDescription, toolDescription } from '../../src/core/views/page-meta.ts';
import { toolFeedItems } from '../../src/core/views/rss-items.ts';
import { md } from './hostile/files.ts';
import { loadFixture, siteOf, withFile } from './support/content.ts';

const F = 'minimal';
const ORIGIN = 'https://example.org';
const CTX = { siteName: 'S', minSample: 3 };
const NO_VOTES = { ship: 0, skip: 0, total: 0, shipPercent: null };

const satOutFiles = withFile(
  loadFixture(F).filter((f) => !f.path.endsWith('verdicts/alpha-ai/2026-01-10/bo.md')),
  F,
  'rounds/alpha-ai/2026-01-10.md',
  md({ tool: 'alpha-ai', date: '2026-01-10', satOut: '\n  bo: Travelling that week.' }, ''),
);
const site = siteOf(satOutFiles, F);

/** The same site after a full re-review of alpha-ai on 2026-01-20: ann now skips, bo ships (50%). */
const reReviewed = (['ann', 'bo'] as const).reduce(
  (files, reviewer) =>
    withFile(
      files,
      F,
      `verdicts/alpha-ai/2026-01-20/${reviewer}.md`,
      md(
        {
          tool: 'alpha-ai',
          reviewer,
          round: '2026-01-20',
          verdict: reviewer === 'ann' ? 'skip' : 'ship',
        },
        'Second look.',
      ),
    ),
  satOutFiles,
);
const rereviewSite = siteOf(reReviewed, F);

const january: DigestOptions = {
  period: { from: '2026-01-01', to: '2026-01-31' },
  origin: ORIGIN,
  siteName: 'S',
  newsletterName: 'N',
};

function tool(s: Site, slug: string) {
  const found = s.tools.get(slug);
  if (!found) throw new Error(`no tool ${slug}`);
  return found;
}

function comparison(s: Site) {
  const c = s.comparisons[0];
  if (!c) throw new Error('no comparison');
  return c;
}

const alpha = tool(site, 'alpha-ai');
const beta = tool(site, 'beta-bot');
const c = comparison(site);

describe('a panel figure from a round someone sat out, wherever it is published', () => {
  it.each([
    [
      'the drawn badge row of a sat-out round',
      () =>
        comparisonBadge(c, CTX).svg.includes(
          '>Alpha AI · 100% panel ship from 1 of 2, 10 Jan 2026 · 67% community</text>',
        ),
      true,
    ],
    [
      'the drawn badge row of a full round',
      () => comparisonBadge(c, CTX).svg.includes('>Beta Bot · 50% panel ship, 10 Jan 2026</text>'),
      true,
    ],
    [
      'the tool badge title (its <title> and the embed alt text)',
      () => toolBadge(alpha, site.latestReads.get('alpha-ai') ?? null, NO_VOTES, CTX).title,
      'S: Alpha AI 100% panel ship (panel read of 10 January 2026, from 1 of 2 reviewers)',
    ],
    [
      'the tool badge title of a full round',
      () => toolBadge(beta, site.latestReads.get('beta-bot') ?? null, NO_VOTES, CTX).title,
      'S: Beta Bot 50% panel ship (panel read of 10 January 2026)',
    ],
    [
      'the tool feed item titles',
      () => [...toolFeedItems(site, alpha, ORIGIN), ...toolFeedItems(site, beta, ORIGIN)].map((i) => i.title),
      ['Alpha AI reviewed: 100% panel ship, from 1 of 2 reviewers', 'Beta Bot reviewed: 50% panel ship'],
    ],
    [
      'the comparison meta description',
      () => comparisonDescription(c).split('. ')[0],
      'Alpha AI 100% (from 1 of 2 reviewers) vs Beta Bot 50% panel ship',
    ],
    [
      'the tool meta descriptions',
      () => [alpha, beta].map((t) => toolDescription(t, site.latestReads.get(t.slug) ?? null)),
      [
        'Alpha AI: Drafts that sound like you. 100% panel ship, from 1 of 2 reviewers. Pricing, verdicts and side-by-side comparisons.',
        expect.stringMatching(
          /^Beta Bot: .*\. 50% of the panel ship it\. Pricing, verdicts and side-by-side comparisons\.$/,
        ),
      ],
    ],
    [
      'the social image',
      () => ogImageData(c, 'S', 10).tools.map((t) => [t.ship, t.round]),
      [
        ['100%', '1 of 2 reviewers, 10 Jan 2026'],
        ['50%', 'Panel read of 10 Jan 2026'],
      ],
    ],
    [
      'the newsletter item sources',
      () => [digestIssue(site, january)?.items[0]?.a.source, digestIssue(site, january)?.items[0]?.b.source],
      ['panel read of 10 January 2026, from 1 of 2 reviewers', 'panel read of 10 January 2026'],
    ],
    [
      'the newsletter text: featured comparison and new tool',
      () =>
        buildDigest(site, january)
          ?.text.split('\n')
          .filter((l) => l.includes('panel ship (')),
      [
        '- Alpha AI: 100% panel ship (1 of 1 reviewer ship it; 1 sat this round out; panel read of 10 January 2026, from 1 of 2 reviewers)',
        '- Beta Bot: 50% panel ship (1 of 2 reviewers ship it; panel read of 10 January 2026)',
        '100% panel ship (1 of 1 reviewer ship it; 1 sat this round out; panel read of 10 January 2026, from 1 of 2 reviewers)',
        '50% panel ship (1 of 2 reviewers ship it; panel read of 10 January 2026)',
      ],
    ],
    [
      'the newsletter HTML',
      () =>
        buildDigest(site, january)?.html.includes(
          '1 of 1 reviewer ship it; 1 sat this round out; panel read of 10 January 2026, from 1 of 2 reviewers',
        ),
      true,
    ],
    [
      'the tool feed after a re-review: the earlier figure keeps its basis',
      () => toolFeedItems(rereviewSite, tool(rereviewSite, 'alpha-ai'), ORIGIN).map((i) => i.description),
      [
        'Panel read of 20 January 2026: 1 of 2 reviewers ship it. Down from 100% on 10 January 2026 (from 1 of 2 reviewers). The Tester flipped from Ship to Skip.',
        'Panel read of 10 January 2026: 1 of 1 reviewer ship it; 1 sat this round out.',
      ],
    ],
    [
      'a newsletter verdict flip from a sat-out round',
      () =>
        buildDigest(rereviewSite, january)
          ?.text.split('\n')
          .filter((l) => l.includes(' in the panel read of ')),
      [
        '100% in the panel read of 10 January 2026, from 1 of 2 reviewers; 50% in the panel read of 20 January 2026 (1 of 2 reviewers ship it)',
      ],
    ],
  ])('%s', (_, published, expected) => {
    expect(published()).toEqual(expected);
  });
});
