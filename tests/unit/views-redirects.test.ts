import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import {
  REDIRECT_PLACEHOLDER,
  redirectPageHtml,
  redirectTemplateProblem,
} from '../../src/core/views/redirect-page.ts';
import { buildRedirects, redirectsFile } from '../../src/core/views/redirects.ts';
import { comparison, DEEP, MARKETPLACE, seedSite, SONAR } from './views-fixture.ts';

const site = seedSite();

describe('buildRedirects', () => {
  it('sends each reversed pair to its canonical page, newest pair first', () => {
    const redirects = buildRedirects(site);
    expect(redirects.filter((r) => r.section === 'compare').map((r) => [r.from, r.to])).toEqual([
      ['/compare/perplexity-deep-research-api-vs-smolvlm2-2b/', `/compare/${DEEP}/`],
      ['/compare/smolvlm2-2b-vs-hugging-face-inference-providers-marketplace/', `/compare/${MARKETPLACE}/`],
      ['/compare/perplexity-sonar-pro-2-api-vs-smolvlm2-2b/', `/compare/${SONAR}/`],
    ]);
  });

  it.each([
    ['comparison alias', 'compare', 'old-pair', `/compare/old-pair/`, `/compare/${SONAR}/`],
    ['tool alias', 'tools', 'smolvlm2', '/tools/smolvlm2/', '/tools/smolvlm2-2b/'],
  ] as const)('redirects a %s', (_, section, alias, from, to) => {
    const variant: Site = {
      ...site,
      comparisons: site.comparisons.map((c) => (c.slug === SONAR ? { ...c, aliases: ['old-pair'] } : c)),
      tools: new Map(
        [...site.tools].map(([slug, t]) => [
          slug,
          slug === 'smolvlm2-2b' ? { ...t, aliases: ['smolvlm2'] } : t,
        ]),
      ),
    };
    const hit = buildRedirects(variant).find((r) => r.section === section && r.segment === alias);
    expect(hit).toMatchObject({ from, to });
  });

  it('never claims a URL that is a real page or already redirects', () => {
    const c = comparison(site, SONAR);
    const reversed = `${c.b.tool.slug}-vs-${c.a.tool.slug}`;
    const variant: Site = {
      ...site,
      comparisons: site.comparisons.map((x) =>
        x.slug === SONAR ? { ...x, aliases: [reversed, x.slug] } : x,
      ),
    };
    const froms = buildRedirects(variant).map((r) => r.from);
    expect(new Set(froms).size).toBe(froms.length);
    expect(froms).not.toContain(c.path);
  });

  it('leaves reversed pairs to the server when asked, and still lets no alias take their URLs', () => {
    const c = comparison(site, SONAR);
    const reversed = `${c.b.tool.slug}-vs-${c.a.tool.slug}`;
    const variant: Site = {
      ...site,
      comparisons: site.comparisons.map((x) =>
        x.slug === SONAR ? { ...x, aliases: [reversed, 'old-pair'] } : x,
      ),
    };
    expect(buildRedirects(variant, { reversedPairs: false }).map((r) => [r.from, r.to])).toEqual([
      ['/compare/old-pair/', `/compare/${SONAR}/`],
    ]);
  });
});

describe('redirectsFile', () => {
  it.each([
    [[], ''],
    [
      [
        {
          section: 'compare' as const,
          segment: 'b-vs-a',
          from: '/compare/b-vs-a/',
          to: '/compare/a-vs-b/',
          label: 'A vs B',
        },
      ],
      '/compare/b-vs-a/ /compare/a-vs-b/ 301\n',
    ],
  ])('writes one permanent redirect per line', (redirects, text) =>
    expect(redirectsFile(redirects)).toBe(text),
  );
});

describe('redirect pages', () => {
  const template = `<title>${REDIRECT_PLACEHOLDER.label} | Site</title><meta content="0; url=${REDIRECT_PLACEHOLDER.to}"><link href="https://x.dev${REDIRECT_PLACEHOLDER.to}"><a href="${REDIRECT_PLACEHOLDER.to}">${REDIRECT_PLACEHOLDER.label}</a>`;

  it.each([
    [
      'a plain name',
      { to: '/compare/a-vs-b/', label: 'A vs B' },
      '<title>A vs B | Site</title><meta content="0; url=/compare/a-vs-b/"><link href="https://x.dev/compare/a-vs-b/"><a href="/compare/a-vs-b/">A vs B</a>',
    ],
    [
      'markup and quotes in a name',
      { to: '/tools/x/', label: `<b>"Q&A"</b> it's` },
      '<title>&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; it&#39;s | Site</title><meta content="0; url=/tools/x/"><link href="https://x.dev/tools/x/"><a href="/tools/x/">&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; it&#39;s</a>',
    ],
    [
      'a name that spells a placeholder',
      { to: '/tools/y/', label: `${REDIRECT_PLACEHOLDER.to} ${REDIRECT_PLACEHOLDER.label}` },
      `<title>/__redirect_to__/ __redirect_label__ | Site</title><meta content="0; url=/tools/y/"><link href="https://x.dev/tools/y/"><a href="/tools/y/">/__redirect_to__/ __redirect_label__</a>`,
    ],
  ])('fills in %s, escaped for text and attributes', (_, redirect, html) => {
    expect(redirectPageHtml(template, redirect)).toBe(html);
  });

  it.each([
    ['a template without the path', template.replaceAll(REDIRECT_PLACEHOLDER.to, '/'), /__redirect_to__/],
    [
      'a template without the name',
      template.replaceAll(REDIRECT_PLACEHOLDER.label, 'x'),
      /__redirect_label__/,
    ],
    [
      'a template marked for the search index',
      template.replace('<a ', '<main data-pagefind-body><a '),
      /carries data-pagefind-body/,
    ],
  ])('refuses %s', (_, broken, message) => {
    expect(redirectTemplateProblem(broken)).toMatch(message);
    expect(redirectTemplateProblem(template)).toBeNull();
  });
});
