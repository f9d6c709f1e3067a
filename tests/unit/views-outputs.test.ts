import { describe, expect, it } from 'vitest';
import { comparisonIndexJson, comparisonJson } from '../../src/core/views/comparison-json.ts';
import { llmsTxt } from '../../src/core/views/llms-txt.ts';
import { withQuoteMarks } from '../../src/core/views/quote-marks.ts';
import { rssItems } from '../../src/core/views/rss-items.ts';
import { headersForPath, parseHeadersFile } from '../../src/server/static/headers-file.ts';
import { cspMeta, headersFile } from '../../src/core/views/security-headers.ts';
import { sitemapChunks, sitemapIndexXml, sitemapUrls, sitemapXml } from '../../src/core/views/sitemap.ts';
import { comparison, DEEP, MARKETPLACE, seedSite, SONAR } from './views-fixture.ts';

const site = seedSite();
const origin = 'https://example.test';

describe('sitemaps', () => {
  it('lists every canonical page once and no redirect', () => {
    expect(sitemapUrls(site, origin)).toEqual([
      { loc: `${origin}/` },
      { loc: `${origin}/reviewers/` },
      { loc: `${origin}/search/` },
      { loc: `${origin}/compare/${DEEP}/`, lastmod: '2026-09-22' },
      { loc: `${origin}/compare/${MARKETPLACE}/`, lastmod: '2026-06-23' },
      { loc: `${origin}/compare/${SONAR}/`, lastmod: '2026-06-09' },
      { loc: `${origin}/tools/hugging-face-inference-providers-marketplace/`, lastmod: '2026-11-02' },
      { loc: `${origin}/tools/perplexity-deep-research-api/`, lastmod: '2026-11-02' },
      { loc: `${origin}/tools/perplexity-sonar-pro-2-api/`, lastmod: '2026-11-02' },
      { loc: `${origin}/tools/smolvlm2-2b/`, lastmod: '2026-11-02' },
      { loc: `${origin}/reviewers/the-builder/` },
      { loc: `${origin}/reviewers/the-skeptic/` },
      { loc: `${origin}/reviewers/the-futurist/` },
      { loc: `${origin}/reviewers/the-operator/` },
      { loc: `${origin}/categories/developer-tools/` },
    ]);
  });

  it.each([
    [0, 1],
    [5, 1],
    [6, 2],
    [13, 3],
  ])('%i URLs in chunks of 5 make %i files', (n, files) => {
    const urls = Array.from({ length: n }, (_, i) => ({ loc: `${origin}/${i}/` }));
    expect(sitemapChunks(urls, 5)).toHaveLength(files);
  });

  it('escapes XML', () => {
    expect(sitemapXml([{ loc: `${origin}/?a=1&b=2` }])).toContain(
      '<loc>https://example.test/?a=1&amp;b=2</loc>',
    );
    expect(sitemapIndexXml([`${origin}/sitemap-0.xml`])).toContain(
      '<sitemap><loc>https://example.test/sitemap-0.xml</loc></sitemap>',
    );
  });
});

describe('comparison JSON', () => {
  it('record carries figures, scorecard and absolute links', () => {
    const json = comparisonJson(comparison(site, SONAR), origin, 10);
    expect(json.url).toBe(`${origin}/compare/${SONAR}/`);
    expect([json.a.panel.shipPercent, json.b.panel.shipPercent]).toEqual([75, 100]);
    expect(json.a.community).toEqual({
      ship: 0,
      skip: 0,
      total: 0,
      shipPercent: null,
      minSample: 10,
      text: 'Community: no votes yet',
    });
    expect(json.scorecard).toHaveLength(4);
  });

  it('index lists every comparison newest first', () => {
    const index = comparisonIndexJson(site, origin, 10);
    expect(index.count).toBe(3);
    expect(index.comparisons.map((c) => [c.slug, c.url])).toEqual([
      [DEEP, `${origin}/compare/${DEEP}/`],
      [MARKETPLACE, `${origin}/compare/${MARKETPLACE}/`],
      [SONAR, `${origin}/compare/${SONAR}/`],
    ]);
  });
});

describe('llms.txt', () => {
  it('links every comparison and the data index', () => {
    const text = llmsTxt(site, { origin, name: 'Shipworthy', tagline: 'T', independence: 'I' });
    expect(text.startsWith('# Shipworthy\n\n> T\n')).toBe(true);
    expect(text).toContain(`${origin}/data/comparisons.json`);
    for (const slug of [DEEP, MARKETPLACE, SONAR]) expect(text).toContain(`(${origin}/compare/${slug}/)`);
  });
});

describe('rss', () => {
  it.each([
    [1, 1],
    [2, 2],
    [50, 3],
  ])('limit %i gives %i items', (limit, n) => expect(rssItems(site, 10, limit)).toHaveLength(n));

  it("leads with each tool's current figure, keeps the published one, and gives the community figure", () => {
    const item = rssItems(site, 10).find((i) => i.link === `/compare/${SONAR}/`);
    expect(item?.description).toContain(
      'Panel ship: SmolVLM2-2B 100% (panel read of 15 September 2026; 75% when published), Perplexity Sonar Pro 2 API 100% (panel read of 2 June 2026).',
    );
    expect(item?.description).toMatch(
      /Community: SmolVLM2-2B no votes yet; Perplexity Sonar Pro 2 API no votes yet\.$/,
    );
  });
});

describe('quote marks', () => {
  it.each([
    ['<p>One.</p>', '<p>\u201cOne.\u201d</p>'],
    ['<p>One.</p>\n<p>Two.</p>', '<p>\u201cOne.</p>\n<p>Two.\u201d</p>'],
    ['plain', '\u201cplain\u201d'],
    ['', ''],
  ])('%s', (html, quoted) => expect(withQuoteMarks(html)).toBe(quoted));
});

describe('Content-Security-Policy', () => {
  it.each([
    [null, "form-action 'self'"],
    ['https://lists.example.com/subscribe?x=1', "form-action 'self' https://lists.example.com"],
    ['not a url', "form-action 'self'"],
  ])('newsletter action %s allows %s', (action, directive) => {
    expect(cspMeta({ newsletterAction: action })).toContain(directive);
  });

  it('lets Pagefind run and keeps frame-ancestors out of the meta tag', () => {
    const meta = cspMeta({ newsletterAction: null });
    expect(meta).toContain("'wasm-unsafe-eval'");
    expect(meta).toContain('worker-src');
    expect(meta).not.toContain('frame-ancestors');
    expect(headersFile({ newsletterAction: null })).toContain("frame-ancestors 'none'");
  });

  it('lets the vote script call the same-origin API and the vote form post to it, and nothing else', () => {
    const meta = cspMeta({ newsletterAction: null });
    expect(meta).toContain("connect-src 'self';");
    expect(meta).toContain("form-action 'self'");
    expect(meta).not.toContain('challenges.cloudflare.com');
  });

  it.each([
    ['/pagefind/fragment/en_0a1b2c3.pf_fragment', true],
    ['/pagefind/index/en_0a1b2c3.pf_index', true],
    ['/pagefind/part-2/filter/en_0a1b2c3.pf_filter', true],
    ['/pagefind/part-12/fragment/en_0a1b2c3.pf_fragment', true],
    ['/pagefind/pagefind.js', false],
    ['/pagefind/pagefind-entry.json', false],
    ['/pagefind/part-2/pagefind-entry.json', false],
    ['/pagefind/wasm.en.pagefind', false],
    ['/pagefind/bundles.json', false],
    ['/suggest/p/0123456789abcdef.json', true],
    ['/suggest/index.json', false],
    ['/suggest/suggest.js', false],
    ['/tools/index/', false],
  ])('caches %s for a year as immutable: %s', (path, immutable) => {
    const rules = parseHeadersFile(headersFile({ newsletterAction: null }));
    const cache = headersForPath(rules, path).get('cache-control');
    expect(cache === 'public, max-age=31536000, immutable').toBe(immutable);
  });

  it('adds Turnstile’s script and frame only when the bot challenge is configured', () => {
    const meta = cspMeta({ newsletterAction: null, turnstile: true });
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' https://challenges.cloudflare.com;");
    expect(meta).toContain('frame-src https://challenges.cloudflare.com');
  });
});
