/**
 * Embeddable badges: the panel figure with the round it comes from, the community figure only
 * when readers voted, every name escaped, an accessible title, and never more than 2 KB.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommunityVote, PanelRead } from '../../src/core/model.ts';
import {
  badge,
  badgeFill,
  BADGE_LABEL_FILL,
  BADGE_UNREVIEWED_FILL,
  BADGE_MAX_BYTES,
  comparisonBadge,
  escapeText,
  siteBadges,
  textWidth,
} from '../../src/core/views/badge.ts';
import { badgeEmbed, embedSnippets } from '../../src/core/views/badge-embed.ts';
import { comparison, seedSite, SONAR, withVotes } from './views-fixture.ts';
import { communityFigures, roundedPercent } from '../../src/core/figures.ts';

const site = seedSite();
const CTX = { siteName: 'Shipworthy', minSample: 3 };
const NO_VOTES: CommunityVote = { ship: 0, skip: 0, total: 0, shipPercent: null };

/** A read of `total` calls; `satOut` more panel members sat the round out. */
function read(round: string, ships: number, total: number, satOut = 0): PanelRead {
  return {
    tool: 't',
    round,
    tagline: '',
    descriptionHtml: '',
    descriptionText: '',
    verdicts: [],
    ships,
    total,
    shipPercent: roundedPercent(ships, total),
    panelSize: total + satOut,
    satOut: Array.from({ length: satOut }, (_, i) => ({ reviewer: `r${i}`, reason: 'Away.' })),
  };
}

function titleOf(svg: string): string {
  return /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
}

describe('comparison badge', () => {
  const c = comparison(site, SONAR);

  it('names each tool, its latest panel figure and the round that figure comes from', () => {
    const { svg, title } = comparisonBadge(c, CTX);
    expect(title).toBe(
      'Shipworthy: SmolVLM2-2B 100% panel ship (panel read of 15 September 2026); Perplexity Sonar Pro 2 API 100% panel ship (panel read of 2 June 2026)',
    );
    expect(titleOf(svg)).toBe(title);
    expect(svg).toContain('SmolVLM2-2B · 100% panel ship, 15 Sep 2026</text>');
    expect(svg).not.toContain('community');
  });

  it('draws no community share until enough readers have voted; the title gives the count', () => {
    const { svg, title } = comparisonBadge(withVotes(c, 1, 1), CTX);
    expect(svg).not.toContain('community</text>');
    expect(title).toContain(
      'SmolVLM2-2B 100% panel ship (panel read of 15 September 2026), community 2 votes (a share shows from 3);',
    );
  });

  it('adds the community figure once enough readers have voted', () => {
    const { svg, title } = comparisonBadge(withVotes(c, 3, 1), CTX);
    expect(svg).toContain('SmolVLM2-2B · 100% panel ship, 15 Sep 2026 · 75% community</text>');
    expect(title).toContain(
      'SmolVLM2-2B 100% panel ship (panel read of 15 September 2026), community 75% ship, 4 votes;',
    );
  });

  it('is an image with an accessible title', () => {
    const { svg } = comparisonBadge(c, CTX);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"><title>/);
  });
});

describe('badge text', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Q&A <b>', 'Q&amp;A &lt;b&gt;'],
  ])('escapes %s', (name, escaped) => {
    const { svg } = badge(CTX, [{ name, read: read('2026-01-10', 1, 2), community: NO_VOTES }]);
    expect(svg).not.toContain(name);
    expect(svg).toContain(`${escaped} · 50% panel ship`);
    expect(svg).toContain(`<title>Shipworthy: ${escaped} 50% panel ship`);
  });

  it.each([
    [read('2026-01-10', 3, 4), badgeFill(75)],
    [read('2026-01-10', 4, 4), badgeFill(100)],
    [read('2026-01-10', 1, 4), badgeFill(25)],
    [null, BADGE_UNREVIEWED_FILL],
  ])('colours a row by its panel figure as well as writing it (%#)', (r, fill) => {
    const { svg } = badge(CTX, [{ name: 'Tool', read: r, community: NO_VOTES }]);
    expect(svg).toContain(`fill="${fill}"`);
  });

  it('never colours two different figures alike: 75% and 100% differ in hue', () => {
    expect(badgeFill(75)).not.toBe(badgeFill(100));
    expect(badgeFill(0)).toBe('#570f0f');
    expect(badgeFill(100)).toBe('#0f5727');
  });

  it.each([
    [
      'one sat out',
      read('2026-01-10', 3, 3, 1),
      'Tool · 100% panel ship from 3 of 4, 10 Jan 2026</text>',
      'Shipworthy: Tool 100% panel ship (panel read of 10 January 2026, from 3 of 4 reviewers)',
    ],
    [
      'nobody sat out',
      read('2026-01-10', 3, 4),
      'Tool · 75% panel ship, 10 Jan 2026</text>',
      'Shipworthy: Tool 75% panel ship (panel read of 10 January 2026)',
    ],
  ])('draws and titles the basis of a figure only when someone sat out (%s)', (_, r, row, title) => {
    const { svg, title: said } = badge(CTX, [{ name: 'Tool', read: r, community: NO_VOTES }]);
    expect(svg).toContain(row);
    expect(titleOf(svg)).toBe(title);
    expect(said).toBe(title);
  });

  it('says a tool is not reviewed rather than showing a figure without a round', () => {
    const { svg, title } = badge(CTX, [{ name: 'Tool', read: null, community: NO_VOTES }]);
    expect(svg).toContain('Tool · not reviewed yet</text>');
    expect(title).toBe('Shipworthy: Tool not reviewed by the panel yet');
  });

  it('widens with its text', () => {
    expect(textWidth('SmolVLM2-2B')).toBeGreaterThan(textWidth('Smol'));
    expect(textWidth('')).toBe(0);
  });

  it('escapes what could end a text node', () => {
    expect(escapeText(`<a href="x">&</a>`)).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
  });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('badge colours', () => {
  // The badge carries its own background, so only white on each fill matters, whatever the page.
  it.each([
    ...Array.from({ length: 101 }, (_, percent) => [`${percent}%`, badgeFill(percent)]),
    ['unreviewed', BADGE_UNREVIEWED_FILL],
    ['label', BADGE_LABEL_FILL],
  ])('white text on the %s fill has at least 7:1 contrast', (_, fill) => {
    expect(contrast('#ffffff', fill ?? '')).toBeGreaterThanOrEqual(7);
  });
});

describe('badge size', () => {
  const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 });
  const figures = fc.record({
    ships: fc.nat({ max: 12 }),
    extra: fc.nat({ max: 12 }),
    satOut: fc.nat({ max: 12 }),
    ship: fc.nat({ max: 10_000_000 }),
    skip: fc.nat({ max: 10_000_000 }),
  });

  it(`stays within ${BADGE_MAX_BYTES} bytes for any two names of up to 80 characters`, () => {
    fc.assert(
      fc.property(name, name, figures, (a, b, f) => {
        const total = f.ships + f.extra;
        const community: CommunityVote = communityFigures({ ship: f.ship, skip: f.skip });
        const r = total ? read('2026-12-31', f.ships, total, f.satOut) : null;
        const { svg } = badge(CTX, [
          { name: a, read: r, community },
          { name: b, read: r, community },
        ]);
        return Buffer.byteLength(svg) <= BADGE_MAX_BYTES;
      }),
    );
  });

  it.each(['&', '<', '"', '\u{1F680}'])('stays within the limit for names of 80 × %s', (ch) => {
    const community: CommunityVote = { ship: 9_999_999, skip: 1, total: 10_000_000, shipPercent: 100 };
    const { svg } = badge(CTX, [
      { name: ch.repeat(80), read: read('2026-12-31', 1, 3, 12), community },
      { name: ch.repeat(80), read: read('2026-12-31', 1, 3, 12), community },
    ]);
    expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(BADGE_MAX_BYTES);
  });
});

describe('site badges', () => {
  const badges = siteBadges(site, CTX);

  it('has one badge per comparison and one per tool', () => {
    expect([...badges.keys()].sort()).toEqual(
      [
        ...site.comparisons.map((c) => `/badges/${c.slug}.svg`),
        ...[...site.tools.keys()].map((slug) => `/badges/tools/${slug}.svg`),
      ].sort(),
    );
  });

  it("shows a tool's latest round, not the round an older comparison shows", () => {
    const tool = badges.get('/badges/tools/smolvlm2-2b.svg');
    expect(tool?.title).toBe('Shipworthy: SmolVLM2-2B 100% panel ship (panel read of 15 September 2026)');
  });
});

describe('embed snippets', () => {
  const embed = embedSnippets(
    badge(CTX, [{ name: 'A [b] & "c"', read: read('2026-01-10', 1, 1), community: NO_VOTES }]),
    badgeEmbed('/badges/tools/a.svg', '/tools/a/', 'https://shipworthy.dev/'),
  );

  it('links the badge back to its page with absolute URLs', () => {
    expect(embed.html).toMatch(
      /^<a href="https:\/\/shipworthy\.dev\/tools\/a\/"><img src="https:\/\/shipworthy\.dev\/badges\/tools\/a\.svg" alt="[^"]*" width="\d+" height="20"><\/a>$/,
    );
    expect(embed.markdown).toMatch(
      /^\[!\[.*\]\(https:\/\/shipworthy\.dev\/badges\/tools\/a\.svg\)\]\(https:\/\/shipworthy\.dev\/tools\/a\/\)$/,
    );
  });

  it('escapes the alt text for HTML and the link text for Markdown', () => {
    expect(embed.html).toContain('alt="Shipworthy: A [b] &amp; &quot;c&quot; 100% panel ship');
    expect(embed.markdown).toContain('[![Shipworthy\\: A \\[b\\] \\& "c" 100% panel ship');
  });
});
