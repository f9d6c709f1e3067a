/**
 * What the search box suggests for a query, read from the suggestion index as the browser reads
 * it (manifest, then the part of the query's first word, then pair buckets for "A vs B"): names,
 * their starts, misspellings within one or two edits, old names, categories, and pairs that lead
 * to the editorial comparison or, without one, to the compare-any page.
 */
import { describe, expect, it } from 'vitest';
import { planSuggestIndex, SUGGEST_LIMITS } from '../../src/core/search/suggest-index.ts';
import { suggestLookup, type SuggestFiles } from '../../src/core/search/suggest-lookup.ts';
import { allowedEdits, nameMatch, wordMatch, type Suggestion } from '../../src/core/search/suggest-match.ts';
import { parseQuery } from '../../src/core/search/text.ts';
import { PAIRS, suggestSite, TOOLS } from './support/suggest-site.ts';

/** The index of the test site as files in memory, with a log of the files fetched, by id. */
function indexFiles(limits = SUGGEST_LIMITS) {
  const plan = planSuggestIndex(suggestSite(TOOLS, PAIRS), limits);
  // Names as the writer makes them (16 hex digits), here simply the file's place in the plan.
  const nameOf = new Map(plan.files.map((f, i) => [f.id, `${i.toString(16).padStart(16, '0')}.json`]));
  const byName = new Map(plan.files.map((f) => [nameOf.get(f.id), f]));
  const fetched: string[] = [];
  const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  const files: SuggestFiles = {
    manifest: async () => {
      fetched.push('manifest');
      return copy(plan.manifest((id) => nameOf.get(id) ?? ''));
    },
    file: async (name) => {
      const file = byName.get(name);
      fetched.push(file?.id ?? name);
      return file ? copy(file.body) : null;
    },
  };
  return { files, fetched };
}

const lookup = suggestLookup(indexFiles().files);
const hrefs = async (text: string) => (await lookup(parseQuery(text))).map((s) => s.href);

describe('wordMatch', () => {
  it.each([
    ['the same word', 'sonar', 'sonar', false, 0],
    ['the start of a word', 'son', 'sonar', false, 1],
    ['one edit from a word of 4+ letters', 'sonr', 'sonar', false, 3],
    ['two edits from a word of 7+ letters', 'preplexty', 'perplexity', false, 4],
    ['a misspelt start of a word still being typed', 'perplxi', 'perplexity', true, 4],
    ['a misspelt start when the word is finished', 'perplxi', 'perplexity', false, null],
    ['a short word must be right', 'sxn', 'son', false, null],
    ['too far', 'sonata', 'sonar', false, null],
  ])('%s: %s ~ %s -> %s', (_, query, word, unfinished, expected) => {
    expect(wordMatch(query, word, unfinished)).toBe(expected);
  });

  it.each([
    [3, 0],
    [4, 1],
    [6, 1],
    [7, 2],
  ])('a word of %i letters may be %i edits away', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });
});

describe('nameMatch', () => {
  it('needs every query word to match, and ranks the whole name and its start first', () => {
    const name = ['perplexity', 'sonar', 'pro'];
    expect(nameMatch(['perplexity', 'sonar', 'pro'], false, name)).toBe(-2);
    expect(nameMatch(['perplexity', 'so'], true, name)).toBe(0);
    expect(nameMatch(['sonar'], false, name)).toBe(0);
    expect(nameMatch(['sonar', 'max'], false, name)).toBeNull();
    expect(nameMatch([], false, name)).toBeNull();
  });
});

describe('suggestions', () => {
  it.each([
    ['a whole name', 'Perplexity Sonar Pro', '/tools/perplexity-sonar-pro/'],
    ['the start of a name', 'perplexity s', '/tools/perplexity-sonar-pro/'],
    ['a word from the middle of a name', 'sonar', '/tools/perplexity-sonar-pro/'],
    ['a name without its punctuation', 'smolvlm2 2b', '/tools/smolvlm2-2b/'],
    ['a name one edit off (letters swapped)', 'smolvml2', '/tools/smolvlm2-2b/'],
    ['a name two edits off', 'perplxity sonr', '/tools/perplexity-sonar-pro/'],
    ['an old name', 'smolvlm 2b', '/tools/smolvlm2-2b/'],
    ['two words of a name run together', 'deepresearch', '/tools/perplexity-deep-research/'],
    ['two words run together and misspelt', 'perplexitysonr', '/tools/perplexity-sonar-pro/'],
    ['a category', 'research', '/categories/research/'],
    ['A vs B of a published comparison', 'smolvlm vs sonar', '/compare/smolvlm2-2b-vs-perplexity-sonar-pro/'],
    ['A vs B the other way round', 'sonar pro vs smolvlm', '/compare/smolvlm2-2b-vs-perplexity-sonar-pro/'],
    ['A vs B with no comparison', 'quill vs sonar', '/compare/?a=quill-writer&b=perplexity-sonar-pro'],
    ['a wrong first letter', 'xmolvlm2', '/tools/smolvlm2-2b/'],
    [
      'a wrong first letter, the part of that letter loaded',
      'serplexity sonar',
      '/tools/perplexity-sonar-pro/',
    ],
    ['a wrong first letter and one more edit', 'oerplexity deep resarch', '/tools/perplexity-deep-research/'],
    ['a wrong second letter', 'qiill', '/tools/quill-writer/'],
    ['the first letter left out', 'erplexity sonar', '/tools/perplexity-sonar-pro/'],
    ['a letter added first', 'aquill', '/tools/quill-writer/'],
    ['the first two letters swapped', 'eprplexity deep', '/tools/perplexity-deep-research/'],
    ['the second and third letters swapped', 'qiull', '/tools/quill-writer/'],
    ['a wrong first letter still being typed', 'xmolv', '/tools/smolvlm2-2b/'],
    [
      'A vs B with a wrong first letter in B',
      'smolvlm vs xonar',
      '/compare/smolvlm2-2b-vs-perplexity-sonar-pro/',
    ],
  ])('%s: %s -> %s first', async (_, text, first) => {
    expect((await hrefs(text))[0]).toBe(first);
  });

  it('lists every tool a shared word matches, the more compared first', async () => {
    expect(await hrefs('perplexity')).toEqual([
      '/tools/perplexity-deep-research/',
      '/tools/perplexity-sonar-pro/',
    ]);
  });

  it('offers the first tool while B is not typed yet', async () => {
    expect(await hrefs('smolvlm vs ')).toEqual(['/tools/smolvlm2-2b/']);
  });

  it('finds nothing for a word no name comes close to', async () => {
    expect(await hrefs('zebra')).toEqual([]);
    expect(await hrefs('')).toEqual([]);
  });

  it('says what each suggestion is, with its panel figure', async () => {
    const found = await lookup(parseQuery('smolvlm vs sonar'));
    expect(found[0]).toEqual<Suggestion>({
      kind: 'comparison',
      name: 'SmolVLM2-2B vs Perplexity Sonar Pro',
      href: '/compare/smolvlm2-2b-vs-perplexity-sonar-pro/',
      figures: [
        { name: 'SmolVLM2-2B', ships: 0, total: 2 },
        { name: 'Perplexity Sonar Pro', ships: 2, total: 2 },
      ],
    });
    expect((await lookup(parseQuery('sable')))[0]).toEqual<Suggestion>({
      kind: 'tool',
      name: 'Sable Notes 2',
      href: '/tools/sable-notes/',
      category: 'Productivity',
      figure: { name: 'Sable Notes 2', ships: 1, total: 2 },
      discontinued: true,
    });
  });
});

describe('suggestLookup requests', () => {
  it('needs the manifest and one part for a name', async () => {
    const { files, fetched } = indexFiles();
    await suggestLookup(files)(parseQuery('sonar'));
    expect(fetched).toEqual(['manifest', 'part:s']);
  });

  it('adds the part of B and the pair bucket of A for "A vs B"', async () => {
    const { files, fetched } = indexFiles();
    await suggestLookup(files)(parseQuery('quill vs sonar'));
    expect(fetched).toEqual(['manifest', 'part:q', 'part:s', 'pairs:0']);
  });

  it('uses the small part of a split letter for that letter alone', async () => {
    const { files, fetched } = indexFiles({ ...SUGGEST_LIMITS, partRows: 2, topRows: 1 });
    const found = await suggestLookup(files)(parseQuery('s'));
    expect(fetched).toEqual(['manifest', 'top:s']);
    expect(found.map((s) => s.href)).toEqual(['/tools/smolvlm2-2b/']);
  });

  it('asks for no near bucket when the typed word starts a word of its part or of a category', async () => {
    for (const text of ['perplexity', 'perp', 'research', 'deepresearch']) {
      const { files, fetched } = indexFiles();
      await suggestLookup(files)(parseQuery(text));
      expect(
        fetched.filter((id) => id.startsWith('near:')),
        text,
      ).toEqual([]);
    }
  });

  it('adds one near bucket when the typed word starts no word of what loaded', async () => {
    const { files, fetched } = indexFiles({ ...SUGGEST_LIMITS, nearEntries: 4 });
    const found = await suggestLookup(files)(parseQuery('serplexity sonar'));
    expect(fetched).toEqual(['manifest', 'part:s', expect.stringMatching(/^near:\d+$/)]);
    expect(found[0]?.href).toBe('/tools/perplexity-sonar-pro/');
  });

  it('asks for the near bucket alone when no part holds the typed letters', async () => {
    const { files, fetched } = indexFiles({ ...SUGGEST_LIMITS, nearEntries: 4 });
    await suggestLookup(files)(parseQuery('xmolvlm2'));
    expect(fetched).toEqual(['manifest', expect.stringMatching(/^near:\d+$/)]);
  });

  it('has no near key for a word of three letters, which must be right', async () => {
    const { files, fetched } = indexFiles();
    expect(await suggestLookup(files)(parseQuery('xon'))).toEqual([]);
    expect(fetched).toEqual(['manifest']);
  });

  it('suggests nothing from a manifest it cannot read', async () => {
    const found = await suggestLookup({ manifest: async () => ({ v: 2 }), file: async () => [] })(
      parseQuery('sonar'),
    );
    expect(found).toEqual([]);
  });
});
