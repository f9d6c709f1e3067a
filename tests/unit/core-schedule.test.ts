/**
 * Scheduled publishing, with the clock pinned: a comparison or a review round dated after the
 * build's day is checked like any other, named in a notice with its date, and left out of every
 * output until that day; a build on the day publishes it.
 */
import { describe, expect, it } from 'vitest';
import { todayIso, validateContent } from '../../src/core/content.ts';
import { formatProblem } from '../../src/core/messages/problems.ts';
import { comparisonsIn } from '../../src/core/newsletter/digest.ts';
import { votableJson } from '../../src/core/votes/catalog.ts';
import { comparisonIndexJson } from '../../src/core/views/comparison-json.ts';
import { llmsTxt } from '../../src/core/views/llms-txt.ts';
import { comparisonPath } from '../../src/core/views/paths.ts';
import { rssItems } from '../../src/core/views/rss-items.ts';
import { sitemapUrls } from '../../src/core/views/sitemap.ts';
import { buildDay } from '../../src/fs/build-day.ts';
import { loadFixture, siteOf, withFile } from './support/content.ts';

const FIXTURE = 'minimal';
const ROOT = `tests/fixtures/${FIXTURE}`;
const ORIGIN = 'https://example.test';
/** Votes a community figure needs before it shows a share, as the site's default. */
const MIN_SAMPLE = 10;

const verdict = (tool: string, round: string, reviewer: string, call: string) =>
  `---\ntool: ${tool}\nreviewer: ${reviewer}\nround: ${round}\nverdict: ${call}\n---\n${reviewer} on ${tool}.\n`;

/** The minimal fixture plus a tool reviewed on 2026-01-10, compared with beta-bot as published on `published`. */
function withScheduled(published: string, extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'tools/gamma.md':
      '---\nname: Gamma\ncategory: Writing\ntagline: Third tool\nentryPrice: Free\npricingNote: Free.\nvendor: Gamma Co\nwebsite: https://gamma.example.com/\nlicense: MIT\nverified: 2026-01-20\n---\nGamma writes.\n',
    'verdicts/gamma/2026-01-10/ann.md': verdict('gamma', '2026-01-10', 'ann', 'ship'),
    'verdicts/gamma/2026-01-10/bo.md': verdict('gamma', '2026-01-10', 'bo', 'skip'),
    'comparisons/beta-bot-vs-gamma.md': `---\ntools: [beta-bot, gamma]\npublished: ${published}\n---\n`,
    'votes/beta-bot-vs-gamma.yaml': 'gamma: { ship: 7, skip: 2 }\n',
    // alpha-ai's next round, reviewed ahead of its date.
    'verdicts/alpha-ai/2026-03-15/ann.md': verdict('alpha-ai', '2026-03-15', 'ann', 'skip'),
    'verdicts/alpha-ai/2026-03-15/bo.md': verdict('alpha-ai', '2026-03-15', 'bo', 'skip'),
    ...extra,
  };
  return Object.entries(files).reduce(
    (all, [path, text]) => withFile(all, FIXTURE, path, text),
    loadFixture(FIXTURE),
  );
}

/** Every place a published comparison shows up, as the site built on `today` has it. */
function whereListed(today: string, slug: string, files = withScheduled('2026-03-01')) {
  const site = siteOf(files, FIXTURE, today);
  const path = comparisonPath(slug);
  return {
    page: site.comparisons.some((c) => c.slug === slug),
    feed: rssItems(site, MIN_SAMPLE).some((item) => item.link === path),
    sitemap: sitemapUrls(site, ORIGIN).some((url) => url.loc === `${ORIGIN}${path}`),
    record: comparisonIndexJson(site, ORIGIN, MIN_SAMPLE).comparisons.some((c) => c.slug === slug),
    category: site.categories.some((group) => group.comparisons.includes(slug)),
    llms: llmsTxt(site, { origin: ORIGIN, name: 'S', tagline: 'T', independence: 'I' }).includes(path),
    votes: Object.hasOwn(votableJson(site, ORIGIN).comparisons, slug),
    newsletter: comparisonsIn(site, { from: '2026-01-01', to: '2026-12-31' }).some((c) => c.slug === slug),
  };
}

const NOWHERE = {
  page: false,
  feed: false,
  sitemap: false,
  record: false,
  category: false,
  llms: false,
  votes: false,
  newsletter: false,
};
const EVERYWHERE = Object.fromEntries(Object.keys(NOWHERE).map((key) => [key, true]));

describe('a comparison dated after the build day', () => {
  it('validates, with a notice naming its file, line and date', () => {
    const { ok, problems } = validateContent(withScheduled('2026-03-01'), ROOT, { today: '2026-02-01' });
    expect(ok).toBe(true);
    expect(problems.filter((p) => p.severity !== 'warning').map(formatProblem)).toEqual([
      `${ROOT}/comparisons/beta-bot-vs-gamma.md:3: notice: published: scheduled for 2026-03-01: it appears with the first build on or after that day (the deploy workflow builds every day); until then it has no page, feed item, listing, record or search entry.`,
      `${ROOT}/verdicts/alpha-ai/2026-03-15/ann.md:4: notice: round: round 2026-03-15 of alpha-ai is scheduled for 2026-03-15: it appears with the first build on or after that day (the deploy workflow builds every day); until then pages show alpha-ai's round before it.`,
    ]);
  });

  it.each([
    ['the day before', '2026-02-28', NOWHERE],
    ['its day', '2026-03-01', EVERYWHERE],
    ['any later day', '2027-01-01', EVERYWHERE],
  ])('is published %s only from its date on (%s)', (_when, today, expected) => {
    expect(whereListed(today, 'beta-bot-vs-gamma')).toEqual(expected);
  });

  it('is still checked like any other comparison', () => {
    const files = withScheduled('2026-03-01', {
      'comparisons/beta-bot-vs-gamma.md': '---\ntools: [beta-bot, gama]\npublished: 2026-03-01\n---\n',
    });
    const lines = validateContent(files, ROOT, { today: '2026-02-01' }).problems.map(formatProblem);
    expect(lines).toContain(
      `${ROOT}/comparisons/beta-bot-vs-gamma.md:2: tools[1]: unknown tool 'gama'. Did you mean 'gamma'?`,
    );
  });

  it('waits for a later round it pins', () => {
    const files = withScheduled('2026-01-20', {
      'comparisons/alpha-ai-vs-beta-bot.md':
        '---\ntools: [alpha-ai, beta-bot]\npublished: 2026-01-12\nrounds: { alpha-ai: 2026-03-15 }\n---\n',
    });
    const notices = validateContent(files, ROOT, { today: '2026-02-01' })
      .problems.filter((p) => p.file.endsWith('alpha-ai-vs-beta-bot.md'))
      .map(formatProblem);
    expect(notices).toEqual([
      `${ROOT}/comparisons/alpha-ai-vs-beta-bot.md:4: notice: rounds.alpha-ai: scheduled for 2026-03-15 (the pinned round of alpha-ai): it appears with the first build on or after that day (the deploy workflow builds every day); until then it has no page, feed item, listing, record or search entry.`,
    ]);
    expect(whereListed('2026-03-14', 'alpha-ai-vs-beta-bot', files).page).toBe(false);
    expect(whereListed('2026-03-15', 'alpha-ai-vs-beta-bot', files).page).toBe(true);
  });
});

describe('a review round dated after the build day', () => {
  it.each([
    ['2026-03-14', '2026-01-10', ['2026-01-10']],
    ['2026-03-15', '2026-03-15', ['2026-01-10', '2026-03-15']],
  ])('on %s the tool shows round %s, and its history holds %j', (today, latest, history) => {
    const site = siteOf(withScheduled('2026-03-01'), FIXTURE, today);
    expect(site.latestReads.get('alpha-ai')?.round).toBe(latest);
    expect(site.histories.get('alpha-ai')?.rounds.map((r) => r.read.round)).toEqual(history);
    const reviewerRounds = site.verdictsByReviewer.get('ann')?.filter((v) => v.tool === 'alpha-ai');
    expect(reviewerRounds?.map((v) => v.round)).toEqual([...history].reverse());
    // The comparison published before it keeps its round and learns of the newer one on the day.
    const page = site.comparisons.find((c) => c.slug === 'alpha-ai-vs-beta-bot');
    expect(page?.a.read.round).toBe('2026-01-10');
    expect(page?.a.newer?.round ?? null).toBe(latest === '2026-01-10' ? null : latest);
  });
});

describe("the build's day", () => {
  it.each([
    ['unset', undefined, todayIso()],
    ['empty', '', todayIso()],
    ['a date', '2027-06-01', '2027-06-01'],
    ['a date with spaces around it', ' 2027-06-01 ', '2027-06-01'],
  ])('is BUILD_DATE when set, else today: %s', (_what, value, day) => {
    expect(buildDay(value)).toBe(day);
  });

  it.each(['2027-02-30', '2027-6-1', 'tomorrow', '2027-06-01T00:00:00Z'])(
    'refuses %j in one line',
    (value) => {
      expect(() => buildDay(value)).toThrow(
        /^BUILD_DATE must be a calendar date written YYYY-MM-DD, not '.*'$/,
      );
    },
  );
});
