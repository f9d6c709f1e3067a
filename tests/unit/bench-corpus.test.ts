/**
 * The synthetic corpus the benchmarks build is deterministic and valid. `npm run bench` itself is
 * exercised by tests/bench/bench-build.test.ts (`npm run test:bench`).
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/content.ts';
import { generateCorpus } from '../../bench/corpus/generate.ts';

const OPTIONS = { comparisons: 50, seed: 'test', anchor: '2026-10-01' };

describe('synthetic corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateCorpus(OPTIONS).files;
    expect(generateCorpus(OPTIONS).files).toEqual(a);
    expect(generateCorpus({ ...OPTIONS, seed: 'other' }).files).not.toEqual(a);
  });

  it('passes every check and has the shape of a real directory', () => {
    const { files } = generateCorpus(OPTIONS);
    const { ok, problems, entries } = validateContent(files, '', { today: '2026-10-01' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ok).toBe(true);
    expect(entries.comparisons).toHaveLength(50);
    expect(entries.reviewers).toHaveLength(4);
    expect(new Set(entries.tools.map((t) => t.data.category)).size).toBeGreaterThanOrEqual(6);
    expect(entries.votes.length).toBeGreaterThan(0);
    expect(entries.verdicts.length).toBeGreaterThanOrEqual(entries.tools.length * 4);
    // Quotes as long as the real panel's, so pages and the search index carry realistic text.
    const quoteLengths = entries.verdicts.map((v) => v.body.length);
    expect(Math.min(...quoteLengths)).toBeGreaterThan(250);
  });
});
