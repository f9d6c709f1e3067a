import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { buildRedirects, redirectPaths, redirectsFile } from '../../src/core/routes/redirects.ts';
import { comparison, DEEP, MARKETPLACE, seedSite, SONAR } from './routes-fixture.ts';

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
    expect(redirectPaths(variant, 'compare', { reversedPairs: false })).toHaveLength(1);
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

describe('redirectPaths', () => {
  // The seed site has no aliases; one per section gives the tools route a redirect to render.
  const aliased: Site = {
    ...site,
    comparisons: site.comparisons.map((c) => (c.slug === SONAR ? { ...c, aliases: ['old-pair'] } : c)),
    tools: new Map(
      [...site.tools].map(([slug, t]) => [
        slug,
        slug === 'smolvlm2-2b' ? { ...t, aliases: ['smolvlm2'] } : t,
      ]),
    ),
  };

  it.each([
    [
      'compare',
      [
        'perplexity-deep-research-api-vs-smolvlm2-2b',
        'smolvlm2-2b-vs-hugging-face-inference-providers-marketplace',
        'perplexity-sonar-pro-2-api-vs-smolvlm2-2b',
        'old-pair',
      ],
    ],
    ['tools', ['smolvlm2']],
  ] as const)('gives the %s route one static path per redirect of its section', (section, segments) => {
    const paths = redirectPaths(aliased, section);
    expect(paths.map((p) => p.params.slug)).toEqual(segments);
    expect(paths.every((p) => p.props.kind === 'redirect' && p.props.redirect.section === section)).toBe(
      true,
    );
  });

  it('hands each redirect page where it lands and what to call it', () => {
    expect(redirectPaths(aliased, 'tools')).toEqual([
      {
        params: { slug: 'smolvlm2' },
        props: {
          kind: 'redirect',
          redirect: {
            section: 'tools',
            segment: 'smolvlm2',
            from: '/tools/smolvlm2/',
            to: '/tools/smolvlm2-2b/',
            label: 'SmolVLM2-2B',
          },
        },
      },
    ]);
  });
});
