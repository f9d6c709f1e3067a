/**
 * The live site (content/ plus the next editor's additions, tests/support/test-sites.ts): one page
 * of each kind has no axe violations, in light and dark colour schemes. The examples are the
 * additions' own pages, so a page kind an editor's content reaches is checked on that content.
 */
import { categorySlug } from '../../src/core/vocabulary.ts';
import { liveAdditions, testSite } from '../support/test-sites.ts';
import { pageKinds } from './support/pages.ts';
import { expect, test } from './support/test.ts';
import { axeViolationsInBothSchemes } from './support/axe.ts';

const LIVE_KINDS = pageKinds(() => {
  const added = liveAdditions();
  return {
    comparison: added.comparison,
    tool: added.tools[0]?.slug ?? '',
    category: categorySlug(added.category),
    dist: testSite('live').dist,
  };
});

for (const { kind, path, status } of LIVE_KINDS) {
  test(`${kind} page has no axe violations in either colour scheme`, async ({ page }) => {
    const response = await page.goto(path());
    expect(response?.status()).toBe(status);
    const { light, dark } = await axeViolationsInBothSchemes(page);
    expect.soft(light, `${path()} on the live site, light scheme`).toEqual([]);
    expect.soft(dark, `${path()} on the live site, dark scheme`).toEqual([]);
  });
}
