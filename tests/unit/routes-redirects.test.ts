import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { buildRedirects, redirectPaths, redirectsFile } from '../../src/core/routes/redirects.ts';
import { comparison, seedSite, SONAR } from './routes-fixture.ts';

const site = seedSite();

describe('buildRedirects', () => {
  it('sends each reversed pair to its canonical page', () => {
    const redirects = buildRedirects(site);
    expect(redirects.filter((r) => r.section === 'compare').map((r) => [r.from, r.to])).toEqual(
      site.comparisons.map((c) => [`/compare/${c.b.tool.slug}-vs-${c.a.tool.slug}/`, c.path]),
    );
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
  it.each(['compare', 'tools'] as const)(
    'gives the %s route one static path per redirect of its section',
    (section) => {
      const expected = buildRedirects(site).filter((r) => r.section === section);
      const paths = redirectPaths(site, section);
      expect(paths.map((p) => p.params.slug)).toEqual(expected.map((r) => r.segment));
      expect(paths.every((p) => p.props.kind === 'redirect' && p.props.redirect.section === section)).toBe(
        true,
      );
    },
  );
});
