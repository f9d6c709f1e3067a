/**
 * Embeddable badges: every comparison and tool has one at /badges/…svg, small, served as SVG,
 * naming the round its figure comes from; comparison and tool pages offer "Embed this" snippets
 * that show that badge and link back to the page, drawn when the block is first opened (without
 * JavaScript the block gives the badge's address).
 */
import { SITE } from '../../src/config.ts';
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

const BADGES = [
  ...COMPARISON_SLUGS.map((slug) => ({ path: `/badges/${slug}.svg`, page: comparisonPath(slug) })),
  { path: '/badges/tools/smolvlm2-2b.svg', page: '/tools/smolvlm2-2b/' },
  { path: '/badges/tools/perplexity-sonar-pro-2-api.svg', page: '/tools/perplexity-sonar-pro-2-api/' },
];

for (const { path } of BADGES) {
  test(
    `${path} is an SVG of at most 2 KB with a title naming a review round`,
    { tag: '@edge' },
    async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
      const body = await response.body();
      expect(body.length).toBeLessThanOrEqual(2048);
      expect(body.toString('utf8')).toMatch(
        /<title>[^<]*panel read of \d{1,2} [A-Z][a-z]+ \d{4}[^<]*<\/title>/,
      );
    },
  );
}

test(
  "a tool's badge and an older comparison's badge both show the latest round, as the page leads with",
  { tag: '@edge' },
  async ({ request }) => {
    const tool = await (await request.get('/badges/tools/smolvlm2-2b.svg')).text();
    expect(tool).toContain('SmolVLM2-2B · 100% panel ship, 15 Sep 2026');
    // Published with the 2 June round (75%); SmolVLM2-2B was re-reviewed on 15 September.
    const pair = await (await request.get(`/badges/${COMPARISON_SLUGS[0]}.svg`)).text();
    expect(pair).toContain('SmolVLM2-2B · 100% panel ship, 15 Sep 2026');
    expect(pair).not.toContain('75% panel ship');
  },
);

for (const { path, page: pagePath } of BADGES.filter((b) => b.page !== comparisonPath(COMPARISON_SLUGS[1]))) {
  test(
    `${pagePath} offers its badge as HTML and Markdown that link back, within a 320 px screen`,
    { tag: '@edge' },
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(pagePath);
      const embed = page.getByTestId('embed');
      // Without JavaScript, the block gives the badge's address.
      await expect(
        embed.getByRole('link', { name: `${SITE.url}${path}`, includeHidden: true }),
      ).toHaveAttribute('href', path);
      await embed.getByText('Embed this verdict').click();
      const preview = embed.getByRole('img');
      await expect(preview).toHaveAttribute('src', path);
      await expect
        .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);

      const pageUrl = `${SITE.url}${pagePath}`;
      const badgeUrl = `${SITE.url}${path}`;
      const html = await embed.getByLabel('HTML').inputValue();
      expect(html).toMatch(
        new RegExp(`^<a href="${escape(pageUrl)}"><img src="${escape(badgeUrl)}" alt="[^"]+"`),
      );
      const markdown = await embed.getByLabel('Markdown').inputValue();
      expect(markdown).toMatch(
        new RegExp(`^\\[!\\[.+\\]\\(${escape(badgeUrl)}\\)\\]\\(${escape(pageUrl)}\\)$`),
      );
      // The long address wraps and the drawn block fits: the page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

test('an embed block whose badge cannot be read says so and draws no snippet', async ({ page }) => {
  await page.route('**/badges/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(BADGES[0]?.page ?? '/');
  const embed = page.getByTestId('embed');
  await embed.getByText('Embed this verdict').click();
  await expect(embed.getByRole('status')).toHaveText(/could not be read just now; its address is above/);
  await expect(embed.locator('textarea')).toHaveCount(0);
});
