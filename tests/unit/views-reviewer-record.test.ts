import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { reviewerRecord } from '../../src/core/views/reviewer-record.ts';
import { seedSite } from './views-fixture.ts';

const site = seedSite();

// Each reviewer's calls in the seed content (content/verdicts/<tool>/<round>/<reviewer>.md): every
// latest call is ship; only the operator skipped SmolVLM2-2B in its earlier round.
const calls = (earlierSmol: 'ship' | 'skip') => [
  ['perplexity-deep-research-api', '2026-09-15 ship', []],
  ['smolvlm2-2b', '2026-09-15 ship', [`2026-06-02 ${earlierSmol}`]],
  ['hugging-face-inference-providers-marketplace', '2026-06-16 ship', []],
  ['perplexity-sonar-pro-2-api', '2026-06-02 ship', []],
];

describe('reviewerRecord', () => {
  it.each([
    ['the-builder', calls('ship')],
    ['the-skeptic', calls('ship')],
    ['the-futurist', calls('ship')],
    ['the-operator', calls('skip')],
  ])('%s: every tool counted once, by its latest call, newest first', (slug, expected) => {
    const record = reviewerRecord(site, slug);
    expect(record.groups.map((g) => [g.category, g.slug, g.tools, g.shipped, g.tally])).toEqual([
      ['Developer Tools', 'developer-tools', 4, 4, '4 tools, 4 shipped'],
    ]);
    expect(
      record.groups[0]?.calls.map((c) => [
        c.tool.slug,
        `${c.latest.round} ${c.latest.verdict}`,
        c.earlier.map((e) => `${e.round} ${e.verdict}`),
      ]),
    ).toEqual(expected);
    expect([record.tools, record.shipped, record.tally]).toEqual([4, 4, '4 tools, 4 shipped']);
  });

  it('counts a tool whose latest call is skip as not shipped', () => {
    const verdictsByReviewer = new Map(site.verdictsByReviewer);
    verdictsByReviewer.set(
      'the-operator',
      (site.verdictsByReviewer.get('the-operator') ?? []).filter((v) => v.round !== '2026-09-15'),
    );
    const record = reviewerRecord({ ...site, verdictsByReviewer }, 'the-operator');
    expect([record.tools, record.shipped, record.tally]).toEqual([3, 2, '3 tools, 2 shipped']);
  });

  it('groups by category in vocabulary order', () => {
    const [first] = site.tools.values();
    if (!first) throw new Error('no tools');
    const variant: Site = {
      ...site,
      tools: new Map(
        [...site.tools].map(([slug, t]) => [
          slug,
          slug === first.slug ? { ...t, category: 'Research', categorySlug: 'research' } : t,
        ]),
      ),
    };
    const record = reviewerRecord(variant, 'the-builder');
    expect(record.groups.map((g) => g.category)).toEqual(['Developer Tools', 'Research']);
  });

  it('an unknown reviewer has an empty record', () => {
    expect(reviewerRecord(site, 'nobody')).toEqual({
      groups: [],
      tools: 0,
      shipped: 0,
      tally: '0 tools, 0 shipped',
    });
  });
});
