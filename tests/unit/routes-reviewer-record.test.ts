import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { reviewerRecord } from '../../src/core/routes/reviewer-record.ts';
import { seedSite } from './routes-fixture.ts';

const site = seedSite();

describe('reviewerRecord', () => {
  it.each(site.reviewers.map((r) => [r.slug]))('%s: every tool counted once, by its latest call', (slug) => {
    const record = reviewerRecord(site, slug);
    const entries = site.verdictsByReviewer.get(slug) ?? [];
    const tools = new Set(entries.map((e) => e.tool));
    expect(record.tools).toBe(tools.size);
    for (const group of record.groups) {
      for (const call of group.calls) {
        expect(call.earlier.every((e) => e.round < call.latest.round)).toBe(true);
      }
      expect(group.shipped).toBe(group.calls.filter((c) => c.latest.verdict === 'ship').length);
      expect(group.tally).toBe(
        `${group.tools} tool${group.tools === 1 ? '' : 's'}, ${group.shipped} shipped`,
      );
    }
  });

  it('keeps earlier rounds of a tool reviewed twice', () => {
    const record = reviewerRecord(site, 'the-builder');
    const smol = record.groups.flatMap((g) => g.calls).find((c) => c.tool.slug === 'smolvlm2-2b');
    expect(smol?.earlier.length).toBeGreaterThan(0);
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
