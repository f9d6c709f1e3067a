/**
 * What must hold for any valid `content/`, checked on the content as it is: editors add tools,
 * rounds and comparisons, so nothing here counts them or pins a date. Exact expectations belong to
 * the frozen seed site (core-seed.test.ts); the built site is checked in tests/build/.
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { createSite, todayIso } from '../../src/core/content.ts';
import { renderMarkdown } from '../../src/core/content/markdown.ts';
import { formatProblem } from '../../src/core/messages/problems.ts';
import { readContentDir } from '../../src/fs/read-content.ts';
import { loadSeeds } from '../support/seeds.ts';
import { comparisonView, seedView } from './support/seed-pages.ts';

const CONTENT = 'content';
const { site, problems } = createSite(readContentDir(CONTENT), CONTENT, {
  today: todayIso(),
  render: renderMarkdown,
});

describe('content/', () => {
  it('has no errors (npm run validate lists them with their lines)', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  // The pages the site launched with keep their published text and figures, whatever is added.
  it.each(loadSeeds().map((seed) => [seed.slug, seed] as const))(
    'content/comparisons/%s.md still reads as published',
    (slug, seed) => {
      expect(
        site && comparisonView(site, slug, SITE.votes.minSample),
        `content/comparisons/${slug}.md`,
      ).toEqual(seedView(seed));
    },
  );
});
