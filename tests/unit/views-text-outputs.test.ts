/**
 * Every output that is Markdown or text shows a content value as written and adds nothing to it:
 * no link, element, block or line the site did not make. `/llms.txt` and the badge snippet are
 * Markdown, and so is the panel table CONTRIBUTING.md is generated with (values go through
 * `markdownText`); feed descriptions are HTML inside XML; the
 * newsletter's text body is plain text, where a one-line value (the schemas allow no other) is safe
 * as it is.
 */
import { getRssString } from '@astrojs/rss';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { panelAndCategories } from '../../src/core/editor-docs/panel-and-categories.ts';
import { buildDigest } from '../../src/core/newsletter/digest.ts';
import { comparisonBadge } from '../../src/core/views/badge.ts';
import { badgeEmbed, embedSnippets } from '../../src/core/views/badge-embed.ts';
import { llmsTxt } from '../../src/core/views/llms-txt.ts';
import { rssItems } from '../../src/core/views/rss-items.ts';
import { loadFixture, siteOf, withFile } from './support/content.ts';
import { allNodes, disguisedLinks, linkUrls, markdownTree, markupTypes } from './support/markdown-tree.ts';

const ORIGIN = 'https://example.test';
const FIXTURE = 'minimal';

const HOSTILE = {
  alpha: '[x](javascript:alert(1))',
  beta: '<script>alert(1)</script>',
  lens: '`rm -rf` | www.evil.example',
  motto: '**Bold** ![i](https://evil.example/i.png) &amp; someone@evil.example',
  dek: 'Pick one | <img src=x onerror=alert(1)> `now`',
};

function toolFile(name: string, slug: string): string {
  return [
    '---',
    `name: '${name}'`,
    'category: Writing',
    'tagline: A tagline',
    'entryPrice: Freemium',
    'pricingNote: Free tier.',
    'vendor: Acme',
    `website: https://${slug}.example.com/`,
    'license: Proprietary',
    'verified: 2026-01-05',
    '---',
    'Description.',
    '',
  ].join('\n');
}

/** The minimal fixture with hostile names, lens, motto and dek: all valid content. */
function hostileSite(): Site {
  let files = loadFixture(FIXTURE);
  files = withFile(files, FIXTURE, 'tools/alpha-ai.md', toolFile(HOSTILE.alpha, 'alpha'));
  files = withFile(files, FIXTURE, 'tools/beta-bot.md', toolFile(HOSTILE.beta, 'beta'));
  files = withFile(
    files,
    FIXTURE,
    'reviewers/ann.md',
    `---\nname: The Tester\nmotto: '${HOSTILE.motto}'\nlens: '${HOSTILE.lens}'\norder: 1\nexcitedBy: [Fast starts]\ntiredOf: [Slow starts]\n---\nAnn.\n`,
  );
  files = withFile(
    files,
    FIXTURE,
    'comparisons/alpha-ai-vs-beta-bot.md',
    `---\ntools: [alpha-ai, beta-bot]\npublished: 2026-01-12\ndek: '${HOSTILE.dek}'\n---\n`,
  );
  return siteOf(files, FIXTURE);
}

/** The text of each list item, as a Markdown reader shows it. */
function items(markdown: string): string[] {
  return allNodes(markdownTree(markdown)).flatMap((node) =>
    node.type === 'listItem' ? [toString(node)] : [],
  );
}

/** Links that neither go to the site nor spell out their own address. */
function foreignLinks(markdown: string): string[] {
  return disguisedLinks(markdown).filter((url) => !url.startsWith(`${ORIGIN}/`));
}

const site = hostileSite();

describe('llms.txt', () => {
  const CTX = { origin: ORIGIN, name: 'Shipworthy', tagline: 'T', independence: 'I' };
  const text = llmsTxt(site, CTX);

  it('links only to the site (an address spelled out in text may be linked as itself)', () => {
    expect(linkUrls(text).filter((url) => url.startsWith(`${ORIGIN}/`)).length).toBeGreaterThan(0);
    expect(foreignLinks(text)).toEqual([]);
  });

  it('holds no markup besides its own heading, quote, lists and links', () => {
    expect(markupTypes(text)).toEqual(['blockquote', 'heading']);
  });

  it.each([
    ['the comparison title', `${HOSTILE.alpha} vs ${HOSTILE.beta}`],
    ['a tool name', `${HOSTILE.alpha}: Writing, Freemium`],
    ['another tool name', `${HOSTILE.beta}: Writing, Freemium`],
    ['a lens and a motto', `The Tester: ${HOSTILE.lens}. ${HOSTILE.motto}`],
  ])('shows %s as written', (_, shown) => {
    expect(items(text).some((item) => item.includes(shown))).toBe(true);
  });

  it('keeps a value with a line break on its one line', () => {
    const broken = hostileSite();
    const alpha = broken.tools.get('alpha-ai');
    if (!alpha) throw new Error('alpha-ai missing');
    alpha.name = 'Alpha\n## Injected\n- [y](javascript:alert(2))';
    const out = llmsTxt(broken, CTX);
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    expect(markupTypes(out)).toEqual(['blockquote', 'heading']);
    expect(foreignLinks(out)).toEqual([]);
  });
});

describe('the badge snippet', () => {
  const c = site.comparisons[0]!;
  const embed = embedSnippets(
    comparisonBadge(c, { siteName: 'Shipworthy', minSample: 10 }),
    badgeEmbed('/badges/a.svg', c.path, ORIGIN),
  );

  it('is one image linking to the page, with the names as its alt text', () => {
    expect(markupTypes(embed.markdown)).toEqual(['image']);
    expect(linkUrls(embed.markdown)).toEqual([`${ORIGIN}${c.path}`, `${ORIGIN}/badges/a.svg`]);
    const image = allNodes(markdownTree(embed.markdown)).find((node) => node.type === 'image');
    expect(image && 'alt' in image ? image.alt : null).toContain(`${HOSTILE.alpha} `);
  });
});

describe('feed descriptions', () => {
  const item = rssItems(site, 10)[0]!;

  it('are HTML with every content value escaped', () => {
    expect(item.description).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(item.description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(item.description).not.toMatch(/[<>]/);
  });

  it('reach the feed escaped once more for XML, so a reader shows the text', async () => {
    const xml = await getRssString({ title: 'S', description: 'D', site: ORIGIN, items: [item] });
    const description = /<description>([^<]*)<\/description><pubDate>/.exec(xml)?.[1] ?? '';
    expect(description).toContain('&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;');
    expect(description).not.toMatch(/&lt;(script|img)/);
  });
});

describe('the newsletter text', () => {
  const options = {
    period: { from: '2026-01-01', to: '2026-01-31' },
    origin: ORIGIN,
    siteName: 'Shipworthy',
    newsletterName: 'Weekly AI Tool Verdicts',
  };
  const text = buildDigest(site, options)?.text ?? '';
  const plain = buildDigest(siteOf(loadFixture(FIXTURE), FIXTURE), options)?.text ?? '';

  it('shows names as written: plain text has no markup to escape', () => {
    expect(text).toContain(`- ${HOSTILE.alpha}: 100% panel ship`);
    expect(text).toContain(`- ${HOSTILE.beta}: 50% panel ship`);
  });

  it('keeps the layout of plain names: no value adds a line', () => {
    expect(text.split('\n')).toHaveLength(plain.split('\n').length);
  });
});

describe("CONTRIBUTING's panel table", () => {
  const table = panelAndCategories([{ slug: 'ann', name: HOSTILE.alpha, lens: HOSTILE.lens, order: 1 }]);

  it('shows a reviewer name and lens as written, in their own cells', () => {
    expect(foreignLinks(table)).toEqual([]);
    expect(markupTypes(table).filter((type) => !type.startsWith('table'))).toEqual(['heading', 'inlineCode']);
    const cells = allNodes(markdownTree(table)).flatMap((node) =>
      node.type === 'tableCell' ? [toString(node)] : [],
    );
    expect(cells.slice(3, 6)).toEqual(['ann', HOSTILE.alpha, HOSTILE.lens]);
  });
});
