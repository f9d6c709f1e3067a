/**
 * The frozen seed site (tests/fixtures/site) reproduces the three published comparison pages
 * exactly: figures, taglines, descriptions and every quote in its place, and publishes nothing else.
 */
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/core/content.ts';
import { renderMarkdown } from '../../src/core/content/markdown.ts';
import { formatProblem } from '../../src/core/messages/problems.ts';
import { readContentDir } from '../../src/fs/read-content.ts';
import { FIXTURE_SITE_DIR, FIXTURE_TODAY } from '../support/fixture-site.ts';
import { loadSeeds } from '../support/seeds.ts';
import { comparisonView, seedView } from './support/seed-pages.ts';

const seeds = loadSeeds();
const { site, problems } = createSite(readContentDir(FIXTURE_SITE_DIR), FIXTURE_SITE_DIR, {
  today: FIXTURE_TODAY,
  render: renderMarkdown,
});

describe('the frozen seed site', () => {
  it('validates without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('publishes exactly the seed pages', () => {
    expect(site?.comparisons.map((c) => c.slug).sort()).toEqual(seeds.map((s) => s.slug).sort());
  });

  it.each(seeds.map((seed) => [seed.slug, seed] as const))('%s reads as published', (_slug, seed) => {
    expect(site && comparisonView(site, seed.slug, 10)).toEqual(seedView(seed));
  });

  it('shows the latest panel read of SmolVLM2-2B on its tool page', () => {
    const latest = site?.latestReads.get('smolvlm2-2b');
    expect(latest?.round).toBe('2026-09-15');
    expect(latest?.shipPercent).toBe(100);
  });
});
