/**
 * The suggestion index: a row per tool with its latest panel figure, each tool in the part of
 * the first letter of each word of its name and old names, letters split further when a part
 * would grow past its limit, each tool again in the near buckets of keys that skip its words'
 * first letters, and each tool's published comparisons in a pair bucket.
 */
import { describe, expect, it } from 'vitest';
import {
  nearBucketOf,
  pairBucketOf,
  partFor,
  planSuggestIndex,
  suggestRows,
  SUGGEST_LIMITS,
  type SuggestManifest,
  type ToolRow,
} from '../../src/core/search/suggest-index.ts';
import { nearKey, nearKeys } from '../../src/core/search/suggest-near.ts';
import { PAIRS, suggestSite, TOOLS, type ToolSpec } from './support/suggest-site.ts';

const site = suggestSite(TOOLS, PAIRS);

/** The files of a plan by id, and its manifest with each file named by its id. */
function planned(limits = SUGGEST_LIMITS, s = site) {
  const plan = planSuggestIndex(s, limits);
  const bodies = new Map(plan.files.map((f) => [f.id, f.body]));
  return { bodies, manifest: plan.manifest((id) => id) };
}

const slugsOf = (body: unknown) => (body as ToolRow[]).map((row) => row[1]);

describe('suggestRows', () => {
  it('gives each tool its name, category, latest figure, comparison count and old names', () => {
    const { tools, categories } = suggestRows(site);
    expect(categories).toEqual([
      ['Writing', 'writing', 1],
      ['Image & Video', 'image-video', 1],
      ['Productivity', 'productivity', 1],
      ['Research', 'research', 2],
    ]);
    expect(tools).toEqual([
      ['Perplexity Deep Research', 'perplexity-deep-research', 3, 1, 2, 1],
      ['Perplexity Sonar Pro', 'perplexity-sonar-pro', 3, 2, 2, 1],
      ['Quill Writer', 'quill-writer', 0, 0, 0, 0],
      ['Sable Notes 2', 'sable-notes', 2, 1, 2, 0, [], 1],
      ['SmolVLM2-2B', 'smolvlm2-2b', 1, 0, 2, 2, ['smolvlm 2b']],
    ]);
  });
});

describe('planSuggestIndex', () => {
  it('puts a tool in the part of the first letter of every word of its names, bare numbers aside', () => {
    const { manifest, bodies } = planned();
    expect(Object.keys(manifest.parts).sort()).toEqual(['2', 'd', 'n', 'p', 'q', 'r', 's', 'w']);
    expect(manifest.tops).toEqual({});
    expect(slugsOf(bodies.get('part:p'))).toEqual(['perplexity-deep-research', 'perplexity-sonar-pro']);
    expect(slugsOf(bodies.get('part:s'))).toEqual(['perplexity-sonar-pro', 'sable-notes', 'smolvlm2-2b']);
    // "2b" is a word of "SmolVLM2-2B"; the "2" of "Sable Notes 2" keys nothing.
    expect(slugsOf(bodies.get('part:2'))).toEqual(['smolvlm2-2b']);
    expect(manifest.categories.map((c) => c[0])).toEqual([
      'Writing',
      'Image & Video',
      'Productivity',
      'Research',
    ]);
  });

  it('splits a letter past its limit by the next letter, keeping a small part for the letter alone', () => {
    const { manifest, bodies } = planned({ ...SUGGEST_LIMITS, partRows: 2, topRows: 1 });
    expect(manifest.tops).toEqual({ s: 'top:s' });
    expect(
      Object.keys(manifest.parts)
        .filter((k) => k.startsWith('s'))
        .sort(),
    ).toEqual(['sa', 'sm', 'so']);
    // The most compared tool with an "s" word stands for the letter alone.
    expect(slugsOf(bodies.get('top:s'))).toEqual(['smolvlm2-2b']);
    expect(slugsOf(bodies.get('part:so'))).toEqual(['perplexity-sonar-pro']);
  });

  it('stops splitting at the deepest prefix, however many tools share it', () => {
    const many: ToolSpec[] = Array.from({ length: 5 }, (_, i) => ({ slug: `same-${i}`, name: `Same ${i}` }));
    const { manifest } = planned({ ...SUGGEST_LIMITS, partRows: 2, maxDepth: 2 }, suggestSite(many, []));
    expect(manifest.parts).toEqual({ sa: 'part:sa' });
    expect(manifest.tops).toEqual({ s: 'top:s' });
  });

  it("lists each tool's comparisons in its pair bucket, with the side it is on", () => {
    const { manifest, bodies } = planned({ ...SUGGEST_LIMITS, bucketEntries: 1 });
    expect(manifest.pairs).toHaveLength(4);
    const bucketOf = (slug: string) =>
      bodies.get(`pairs:${pairBucketOf(slug, manifest.pairs.length)}`) as Record<string, string[]>;
    expect(bucketOf('smolvlm2-2b')['smolvlm2-2b']).toEqual([
      '+perplexity-sonar-pro',
      '-perplexity-deep-research',
    ]);
    expect(bucketOf('perplexity-sonar-pro')['perplexity-sonar-pro']).toEqual(['-smolvlm2-2b']);
  });

  it('is the same for the same content, file for file', () => {
    expect(planSuggestIndex(site).files).toEqual(planSuggestIndex(suggestSite(TOOLS, PAIRS)).files);
  });

  it('changes only the parts and near buckets that hold a tool when one of its verdicts changes', () => {
    const flipped = TOOLS.map((t) =>
      t.slug === 'quill-writer' ? { ...t, calls: ['ship' as const, 'ship' as const] } : t,
    );
    const changedFiles = (limits: typeof SUGGEST_LIMITS) => {
      const before = planned(limits).bodies;
      const after = planned(limits, suggestSite(flipped, PAIRS)).bodies;
      expect([...after.keys()]).toEqual([...before.keys()]);
      const changed = [...after.keys()].filter(
        (id) => JSON.stringify(after.get(id)) !== JSON.stringify(before.get(id)),
      );
      const holders = [...before].filter(
        ([id, body]) => !id.startsWith('pairs:') && slugsOf(body).includes('quill-writer'),
      );
      return { changed: changed.sort(), holders: holders.map(([id]) => id).sort() };
    };
    expect(changedFiles(SUGGEST_LIMITS).changed).toEqual(['near:0', 'part:q', 'part:w']);
    // With a near bucket per few keys, still exactly the files that hold the tool.
    const spread = changedFiles({ ...SUGGEST_LIMITS, nearEntries: 1 });
    expect(spread.changed).toEqual(spread.holders);
    expect(spread.changed.filter((id) => id.startsWith('near:')).length).toBeGreaterThan(1);
  });

  it('files every tool under the near keys of its words, in buckets the manifest names', () => {
    const { manifest, bodies } = planned({ ...SUGGEST_LIMITS, nearEntries: 4 });
    // 5 tools with 2 to 3 key words of up to 4 keys each: more than 32 entries, at most 4 a bucket.
    expect(manifest.near).toHaveLength(16);
    const bucket = (key: string) => slugsOf(bodies.get(`near:${nearBucketOf(key, manifest.near.length)}`));
    // "perplexity" is filed under "rp", "pl", "er" and "ep"; "sonar" under "na", "ar", "on" and "oa".
    for (const key of ['rp', 'pl', 'er', 'ep'])
      expect(bucket(key)).toEqual(
        expect.arrayContaining(['perplexity-deep-research', 'perplexity-sonar-pro']),
      );
    for (const key of ['na', 'ar', 'on', 'oa']) expect(bucket(key)).toContain('perplexity-sonar-pro');
    // A word with digits in it ("smolvlm2") is filed like any other.
    expect(bucket('ol')).toContain('smolvlm2-2b');
  });

  it('has no near buckets when no tool has a word', () => {
    expect(planned(SUGGEST_LIMITS, suggestSite([], [])).manifest.near).toEqual([]);
  });
});

describe('near keys', () => {
  it.each([
    ['perplexity', ['rp', 'pl', 'er', 'ep']],
    ['cursor', ['rs', 'so', 'ur', 'us']],
    ['pro', ['ro']],
    ['ai', []],
  ])('%s is filed under %j', (word, keys) => {
    expect(nearKeys(word)).toEqual(keys);
  });

  it.each([
    ['serplexity', 'rp'],
    ['xursor', 'rs'],
    ['xurs', 'rs'],
    ['xur', null],
  ])('%s is looked up by %s', (word, key) => {
    expect(nearKey(word)).toBe(key);
  });

  /** Every word one edit away within its first two letters: each wrong, left out, added, or swapped. */
  function editsOfTheStart(word: string): string[] {
    const out: string[] = [];
    for (const at of [0, 1]) {
      out.push(word.slice(0, at) + 'x' + word.slice(at + 1));
      out.push(word.slice(0, at) + word.slice(at + 1));
      out.push(word.slice(0, at) + 'x' + word.slice(at));
      out.push(word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2));
    }
    return out;
  }

  it.each(['perplexity', 'cursor', 'smolvlm2', 'hugging', 'sonar', 'quill'])(
    'finds %s after any one edit among its first two letters',
    (word) => {
      const misses = editsOfTheStart(word).filter((typed) => {
        const key = nearKey(typed);
        return key === null || !nearKeys(word).includes(key);
      });
      expect(misses).toEqual([]);
    },
  );
});

describe('partFor', () => {
  const manifest: Pick<SuggestManifest, 'parts' | 'tops'> = {
    parts: { a: 'A', sa: 'SA', so: 'SO' },
    tops: { s: 'S' },
  };
  it.each([
    ['a word under an unsplit letter', 'alpha', 'A'],
    ['the letter alone', 'a', 'A'],
    ['a split letter alone', 's', 'S'],
    ['a word under a split letter', 'sonar', 'SO'],
    ['two letters of a split letter', 'sa', 'SA'],
    ['letters no tool starts with', 'sx', null],
    ['a letter no tool starts with', 'z', null],
    ['nothing', '', null],
  ])('%s: %s -> %s', (_, word, expected) => {
    expect(partFor(manifest, word)).toBe(expected);
  });

  it('does not take keys from the prototype', () => {
    expect(partFor({ parts: {}, tops: {} }, 'constructor')).toBeNull();
  });
});
