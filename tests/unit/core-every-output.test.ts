/**
 * Whatever validation accepts, every output renders: generated content within every documented
 * limit (names, lines and Markdown bodies full of markup, entities, emoji and joiners, nesting up
 * to and past the bound, slugs up to their length, counts up to their maximum) is validated, and
 * whenever it is accepted, every view model behind the pages, the social image tree, feeds, JSON
 * records, badges, llms.txt, sitemap, redirects, search tags and the newsletter are built from it
 * without throwing, and every Markdown body goes through the real renderer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/core/content.ts';
import { renderMarkdownFully } from '../../src/core/content/markdown.ts';
import type { SourceFile } from '../../src/core/content/source.ts';
import { communityFigures } from '../../src/core/figures.ts';
import { BODIES, MAX_MARKDOWN_NESTING, MAX_SLUG_CHARS, MAX_VOTES } from '../../src/core/limits.ts';
import type { Site } from '../../src/core/model.ts';
import { digestIssue } from '../../src/core/newsletter/digest.ts';
import { renderDigestHtml } from '../../src/core/newsletter/digest-html.ts';
import { renderDigestText } from '../../src/core/newsletter/digest-text.ts';
import { siteBadges, comparisonBadge } from '../../src/core/views/badge.ts';
import { categoryViews } from '../../src/core/views/category-views.ts';
import { compareData } from '../../src/core/views/compare-any.ts';
import { comparisonIndexJson, comparisonJson } from '../../src/core/views/comparison-json.ts';
import { comparisonJsonLd, serializeJsonLd, toolJsonLd } from '../../src/core/views/json-ld.ts';
import { llmsTxt } from '../../src/core/views/llms-txt.ts';
import { ogImageData, ogImageKeyText, ogImageTree } from '../../src/core/views/og-image.ts';
import {
  comparisonDescription,
  reviewerDescription,
  toolDescription,
} from '../../src/core/views/page-meta.ts';
import { buildRedirects, redirectsFile } from '../../src/core/views/redirects.ts';
import { reviewerRecord } from '../../src/core/views/reviewer-record.ts';
import { rssItems, toolFeedItems } from '../../src/core/views/rss-items.ts';
import { comparisonSearchTags, toolSearchTags } from '../../src/core/views/search/search-tags.ts';
import { comparisonSearchScope } from '../../src/core/views/search/search-scope.ts';
import { searchFilterOptions } from '../../src/core/views/search/search-options.ts';
import { siteIndex, toolsWithFigures } from '../../src/core/views/site-index.ts';
import { sitemapUrls, sitemapXml } from '../../src/core/views/sitemap.ts';
import { toolHistoryView } from '../../src/core/views/tool-history.ts';
import { votableJson } from '../../src/core/votes/catalog.ts';
import { TODAY } from './support/content.ts';

const ROOT = 'generated';
const ORIGIN = 'https://example.test';
const NAME = 'Shipworthy';
const MIN_SAMPLE = 10;

// Characters that have a meaning somewhere: Markdown, HTML, XML, YAML, JSON, shells, bidi text.
const CHARACTERS = [
  ...'aZq0 9.,;:?!-+=_*~`#|\\/<>&"\'()[]{}%$@^',
  'é',
  'ß',
  '中',
  'ي',
  'א',
  '😀',
  '👩‍💻',
  '\u200d',
  '\u00a0',
  '&amp;',
  '&#0;',
  '<script>',
  '</script>',
  ']]>',
  '{{',
];
// Markdown that builds structure, for bodies; nesting markers come from `block` below.
const BODY_PIECES = [
  ...CHARACTERS.filter((piece) => !piece.startsWith('<') || piece.length === 1),
  '**',
  '_',
  '[a](https://example.com/)',
  '[a [b](https://example.com/)](https://example.org/)',
  '`code`',
  '\n',
  '\n\n',
  '\n```\n',
  '\n| a | b |\n| - | - |\n| 1 | 2 |\n',
  '\n---\n',
  '\n# ',
  '[^1]',
  '\n[^1]: note',
  'https://bare.example.com/',
];
// What validation refuses in a body (raw HTML, images, script links): rare, so most runs are accepted.
const REFUSED_PIECES = ['<img src=x onerror=alert(1)>', '<!--', '![i](x.png)', '[b](javascript:alert(1))'];

/** A one-line field: any of the characters, trimmed. */
const line = (max: number) =>
  fc
    .array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: max })
    .map((parts) => parts.join('').trim())
    .filter((text) => text.length > 0);

/**
 * A Markdown block: nested a few levels with ordinary pieces, or (rarely, so most folders are
 * accepted) up to past the bound with pieces validation refuses, to show those are refused, not
 * crashed on.
 */
const block = (pieces: readonly string[], depth: number) =>
  fc
    .tuple(
      fc.array(fc.constantFrom('> ', '- ', '1. ', '* ', '  '), { maxLength: depth, size: 'max' }),
      fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }),
    )
    .map(([nesting, parts]) => nesting.join('') + parts.join(''));
const ordinaryBlock = block(BODY_PIECES, 6);
const hostileBlock = block([...BODY_PIECES, ...REFUSED_PIECES], MAX_MARKDOWN_NESTING + 4);

/** A body of blocks, cut to the limit of its kind of file. */
const body = (maxChars: number) =>
  fc
    .oneof({ arbitrary: ordinaryBlock, weight: 40 }, { arbitrary: hostileBlock, weight: 1 })
    .chain((first) => fc.array(ordinaryBlock, { maxLength: 3 }).map((rest) => [first, ...rest]))
    .map((blocks) => blocks.join('\n\n').slice(0, maxChars).trim())
    .filter((text) => text.length > 0);

/** A slug up to the longest allowed. */
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,30}$/), { minLength: 1, maxLength: 8 })
  .map((words) => words.join('-').slice(0, MAX_SLUG_CHARS).replace(/-+$/, ''));

const count = fc.oneof(fc.nat(20), fc.constant(MAX_VOTES), fc.nat(MAX_VOTES));

const toolArb = fc.record({
  name: line(60),
  tagline: line(100),
  pricingNote: line(150),
  vendor: line(40),
  license: line(30),
  body: body(BODIES.tools.maxChars),
});
const reviewerArb = fc.record({
  name: line(40),
  motto: line(60),
  lens: line(40),
  body: body(BODIES.reviewers.maxChars),
});
const verdictArb = fc.record({
  call: fc.constantFrom('ship', 'skip'),
  quote: body(BODIES.verdicts.maxChars),
});

const contentArb = fc.record({
  slugs: fc.uniqueArray(slug, { minLength: 2, maxLength: 2 }),
  tools: fc.tuple(toolArb, toolArb),
  reviewers: fc.tuple(reviewerArb, reviewerArb),
  verdicts: fc.tuple(verdictArb, verdictArb, verdictArb, verdictArb),
  headline: fc.option(line(100)),
  dek: fc.option(line(150)),
  note: fc.option(body(BODIES.comparisons.maxChars)),
  votes: fc.tuple(count, count, count, count),
});
type Content = typeof contentArb extends fc.Arbitrary<infer T> ? T : never;

/** YAML frontmatter (every string value JSON-quoted, which YAML reads as written) and a body. */
function md(fields: Record<string, string | number | null | undefined>, text = ''): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`);
  return `---\n${lines.join('\n')}\n---\n${text}\n`;
}

function contentFiles(c: Content): SourceFile[] {
  const [a, b] = c.slugs as [string, string];
  const reviewers = ['ann', 'bo'] as const;
  const files: Record<string, string> = {};
  c.tools.forEach((tool, i) => {
    files[`tools/${[a, b][i]}.md`] = md(
      {
        name: tool.name,
        category: 'Writing',
        tagline: tool.tagline,
        entryPrice: 'Freemium',
        pricingNote: tool.pricingNote,
        vendor: tool.vendor,
        website: `https://${[a, b][i]}.example.com/`,
        license: tool.license,
        verified: '2026-01-05',
      },
      tool.body,
    );
  });
  c.reviewers.forEach((reviewer, i) => {
    files[`reviewers/${reviewers[i]}.md`] =
      `---\nname: ${JSON.stringify(reviewer.name)}\nmotto: ${JSON.stringify(reviewer.motto)}\nlens: ${JSON.stringify(reviewer.lens)}\norder: ${i + 1}\nexcitedBy: [Fast starts]\ntiredOf: [Slow starts]\n---\n${reviewer.body}\n`;
  });
  c.verdicts.forEach((verdict, i) => {
    const tool = [a, b][i >> 1] as string;
    const reviewer = reviewers[i & 1] as string;
    files[`verdicts/${tool}/2026-01-10/${reviewer}.md`] =
      `---\ntool: ${tool}\nreviewer: ${reviewer}\nround: 2026-01-10\nverdict: ${verdict.call}\n---\n${verdict.quote}\n`;
  });
  const pair = `${a}-vs-${b}`;
  files[`comparisons/${pair}.md`] =
    `---\ntools: [${a}, ${b}]\npublished: 2026-01-12\n` +
    (c.headline === null ? '' : `headline: ${JSON.stringify(c.headline)}\n`) +
    (c.dek === null ? '' : `dek: ${JSON.stringify(c.dek)}\n`) +
    `---\n${c.note ?? ''}\n`;
  const [as, ak, bs, bk] = c.votes;
  files[`votes/${pair}.yaml`] = `${a}: { ship: ${as}, skip: ${ak} }\n${b}: { ship: ${bs}, skip: ${bk} }\n`;
  return Object.entries(files).map(([path, text]) => ({ path: `${ROOT}/${path}`, text }));
}

/** Builds every output the site writes from a built site; returns how many were built. */
function renderEveryOutput(site: Site): number {
  const outputs: unknown[] = [];
  const badgeCtx = { siteName: NAME, minSample: MIN_SAMPLE };
  const ldCtx = { origin: ORIGIN, siteName: NAME, minVotesForRating: MIN_SAMPLE };
  const index = siteIndex(site);
  for (const c of site.comparisons) {
    const og = ogImageData(c, NAME, MIN_SAMPLE);
    outputs.push(
      ogImageTree(og),
      ogImageKeyText(og),
      comparisonJson(c, ORIGIN, MIN_SAMPLE),
      serializeJsonLd(comparisonJsonLd(c, ldCtx)),
      comparisonBadge(c, badgeCtx),
      comparisonDescription(c),
      comparisonSearchTags(c),
      comparisonSearchScope(site, c),
    );
  }
  for (const { tool, read, community } of toolsWithFigures(site, [...site.tools.keys()])) {
    outputs.push(
      serializeJsonLd(toolJsonLd(tool, read?.tagline ?? tool.category, ldCtx)),
      toolDescription(tool, read),
      toolHistoryView(site, tool),
      toolFeedItems(site, tool, ORIGIN),
      toolSearchTags(tool, read),
      community,
    );
  }
  for (const reviewer of site.reviewers) {
    outputs.push(reviewerRecord(site, reviewer.slug), reviewerDescription(reviewer));
  }
  for (const group of site.categories) {
    outputs.push(categoryViews(group.slug, toolsWithFigures(site, group.tools), MIN_SAMPLE));
  }
  const issue = digestIssue(site, {
    period: { from: '2026-01-01', to: '2026-12-31' },
    origin: ORIGIN,
    siteName: NAME,
    newsletterName: 'Weekly',
  });
  outputs.push(
    rssItems(site, MIN_SAMPLE),
    comparisonIndexJson(site, ORIGIN, MIN_SAMPLE),
    llmsTxt(site, { origin: ORIGIN, name: NAME, tagline: 'T', independence: 'I' }),
    sitemapXml(sitemapUrls(site, ORIGIN)),
    siteBadges(site, badgeCtx),
    redirectsFile(buildRedirects(site)),
    votableJson(site, ORIGIN),
    searchFilterOptions(site),
    compareData(site, (s) => index.communityByTool.get(s) ?? communityFigures(undefined)),
    issue && renderDigestHtml(issue),
    issue && renderDigestText(issue),
  );
  // Records are written as JSON: each must serialize.
  for (const output of outputs)
    JSON.stringify(output, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
  return outputs.length;
}

describe('whatever validation accepts', () => {
  it('renders in every output without throwing', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(contentArb, (content) => {
        runs += 1;
        const files = contentFiles(content);
        // The full Markdown pipeline for every body, not the shortcut for plain prose.
        const { site } = createSite(files, ROOT, { today: TODAY, render: renderMarkdownFully });
        if (!site) return;
        accepted += 1;
        expect(site.comparisons).toHaveLength(1);
        expect(renderEveryOutput(site)).toBeGreaterThan(20);
      }),
      { numRuns: 12, seed: 20_260_201 },
    );
    // The property says nothing if validation refused every generated folder.
    expect(accepted).toBeGreaterThan(runs / 2);
  });

  it('renders content at every documented limit', () => {
    const longest = (maxChars: number) => `${'word '.repeat(maxChars / 5 - 1)}last.`;
    const nested = `${'> '.repeat(MAX_MARKDOWN_NESTING)}deepest`;
    const longestSlug = (letter: string) => letter.repeat(MAX_SLUG_CHARS);
    const tool = (name: string) => ({
      name,
      tagline: 'T',
      pricingNote: 'P',
      vendor: 'V',
      license: 'L',
      body: longest(BODIES.tools.maxChars),
    });
    const reviewer = (name: string) => ({ name, motto: 'M', lens: 'L', body: nested });
    const content: Content = {
      slugs: [longestSlug('a'), longestSlug('b')],
      tools: [tool('Alpha'), tool('Beta')],
      reviewers: [reviewer('Ann'), reviewer('Bo')],
      verdicts: [
        { call: 'ship', quote: longest(BODIES.verdicts.maxChars) },
        { call: 'skip', quote: nested },
        { call: 'ship', quote: 'q' },
        { call: 'skip', quote: 'q' },
      ],
      headline: null,
      dek: null,
      note: longest(BODIES.comparisons.maxChars),
      votes: [MAX_VOTES, MAX_VOTES, 0, MAX_VOTES],
    };
    const { site, problems } = createSite(contentFiles(content), ROOT, {
      today: TODAY,
      render: renderMarkdownFully,
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(site?.comparisons[0]?.slug).toHaveLength(2 * MAX_SLUG_CHARS + '-vs-'.length);
    expect(renderEveryOutput(site as Site)).toBeGreaterThan(20);
  });
});
