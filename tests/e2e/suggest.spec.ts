/**
 * The search box on every page suggests as the reader types: it loads nothing until the box is
 * used, answers tools (misspelt too, in the first letter as well), categories and "A vs B" with their panel figures, behaves as
 * a WAI-ARIA combobox for keyboard and screen-reader users, fits a 320 px screen, and without
 * JavaScript still submits to the search page. On a phone the search page shows its first results
 * on the first screen.
 *
 * Checks that do not leave the page share it, a step each, clearing the box between them; those
 * that count the files asked for, follow a suggestion away or need another browser setting start
 * fresh.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';

const TOOL_PAGE = '/tools/smolvlm2-2b/';
const SONAR = '/tools/perplexity-sonar-pro-2-api/';

test.afterEach(({ externalRequests }) => {
  expect(externalRequests).toEqual([]);
});

/** The header's search box, as assistive technology names it once suggestions are attached. */
function headerBox(page: Page): Locator {
  return page.getByRole('banner').getByRole('combobox', { name: 'Search the site' });
}

/** The header's box by its id, whichever role it has at the moment (it gains one on first use). */
function headerInput(page: Page): Locator {
  return page.locator('#header-search');
}

/** Types into the header box and waits for its list of suggestions. */
async function typeInHeader(page: Page, text: string): Promise<Locator> {
  const box = headerInput(page);
  await box.click();
  await box.pressSequentially(text);
  const list = page.getByRole('banner').getByRole('listbox', { name: 'Suggestions' });
  await expect(list).toBeVisible();
  return list;
}

/** Where each option leads, in order. */
async function optionTargets(list: Locator): Promise<string[]> {
  await expect(list.getByRole('option').first()).toBeVisible();
  return list.getByRole('option').evaluateAll((els) => els.map((el) => el.getAttribute('data-href') ?? ''));
}

/** Waits for the first suggestion to lead to `href`: the list follows the typing, so it may still show an earlier prefix's answer. */
async function expectFirstTarget(list: Locator, href: string): Promise<void> {
  await expect.poll(async () => (await optionTargets(list))[0]).toBe(href);
}

test('the suggestion files load only once the box is used, and as few as a lookup needs', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(TOOL_PAGE, { waitUntil: 'networkidle' });

  await test.step('loads nothing for suggestions until the box is used', async () => {
    expect(asked.filter((path) => path.startsWith('/suggest/'))).toEqual([]);
    await headerInput(page).focus();
    await expect(headerBox(page)).toBeVisible();
    expect(asked.filter((path) => path.startsWith('/suggest/')).sort()).toEqual([
      '/suggest/index.json',
      '/suggest/suggest.js',
    ]);
  });

  await test.step('finds a name whose first letter is wrong, with one more small file', async () => {
    // No tool has a word starting with "x": the only index file asked for is a near bucket.
    let list = await typeInHeader(page, 'Xmolvlm2');
    await expectFirstTarget(list, '/tools/smolvlm2-2b/');
    expect(asked.filter((path) => path.startsWith('/suggest/p/'))).toHaveLength(1);
    await headerInput(page).fill('');
    list = await typeInHeader(page, 'Gugging face vs smolvlm2');
    await expectFirstTarget(list, '/compare/hugging-face-inference-providers-marketplace-vs-smolvlm2-2b/');
  });
});

test('on a tool page the box suggests tools and categories as a combobox, without axe violations', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(TOOL_PAGE);

  await test.step('finds a misspelt name and two names run together', async () => {
    await expectFirstTarget(await typeInHeader(page, 'smolvml2'), '/tools/smolvlm2-2b/');
    await headerInput(page).fill('');
    await expectFirstTarget(
      await typeInHeader(page, 'huggingface'),
      '/tools/hugging-face-inference-providers-marketplace/',
    );
  });

  await test.step('suggests a category', async () => {
    await headerInput(page).fill('');
    const list = await typeInHeader(page, 'developer tools');
    await expectFirstTarget(list, '/categories/developer-tools/');
  });

  await test.step('tells screen readers how many suggestions there are, and Escape closes then clears', async () => {
    await headerInput(page).fill('');
    await typeInHeader(page, 'perplexity');
    const status = page.getByRole('banner').getByRole('status');
    await expect(status).toHaveText('2 suggestions; use the up and down arrows to choose.');
    const box = headerBox(page);
    await expect(box).toHaveAttribute('aria-autocomplete', 'list');

    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('banner').getByRole('listbox')).toBeHidden();
    await expect(box).toHaveValue('perplexity');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
  });

  await test.step('the open list has no axe violations (light, then dark)', async () => {
    await headerInput(page).fill('');
    await typeInHeader(page, 'perplexity');
    await page.keyboard.press('ArrowDown');
    const open = headerBox(page);
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    expect.soft(await axeViolations(page), 'light').toEqual([]);
    // The colours follow the scheme in CSS alone, so the list is checked again as it stands, still open.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    expect.soft(await axeViolations(page), 'dark').toEqual([]);
  });

  // Last: choosing the suggestion leaves the page.
  await test.step('suggests a tool with its panel figure, and Down then Enter opens it', async () => {
    await headerInput(page).fill('');
    const list = await typeInHeader(page, 'sonar pro');
    // Its rules come with the suggestion script: the list hangs over the page, under the box.
    await expect(list).toHaveCSS('position', 'absolute');
    const first = list.getByRole('option').first();
    await expect(first).toHaveText(
      /Perplexity Sonar Pro 2 API\s*100%\s*Tool · Developer Tools · 4 of 4 reviewers ship it/,
    );
    // The last option searches every page for what was typed.
    await expect(list.getByRole('option').last()).toHaveText('Search all pages for “sonar pro”');

    const box = headerBox(page);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(SONAR);
  });
});

test('"A vs B" leads to the comparison, or to compare-any when there is none', async ({ page }) => {
  await page.goto('/');
  let list = await typeInHeader(page, 'sonar vs smolvlm');
  await expectFirstTarget(list, '/compare/smolvlm2-2b-vs-perplexity-sonar-pro-2-api/');
  await expect(list.getByRole('option').first()).toContainText('Comparison');

  await headerInput(page).fill('');
  list = await typeInHeader(page, 'sonar vs deep research');
  await expectFirstTarget(list, '/compare/?a=perplexity-sonar-pro-2-api&b=perplexity-deep-research-api');
  await list.getByRole('option').first().click();
  await expect(page).toHaveURL('/compare/?a=perplexity-sonar-pro-2-api&b=perplexity-deep-research-api');
});

test('Enter without choosing a suggestion searches all pages', async ({ page }) => {
  await page.goto(TOOL_PAGE);
  await typeInHeader(page, 'Bloomberg Terminal');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=Bloomberg+Terminal');
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box is a plain search form that submits to the search page', async ({ page }) => {
    await page.goto(TOOL_PAGE);
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the site' });
    await expect(box).not.toHaveAttribute('role', 'combobox');
    await box.fill('sonar pro');
    await box.press('Enter');
    await expect(page).toHaveURL('/search/?q=sonar+pro');
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  });
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the list of suggestions fits the screen', async ({ page }) => {
    await page.goto('/');
    const list = await typeInHeader(page, 'perplexity');
    const box = await list.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test('the header box shows its whole placeholder at every width', async ({ page }) => {
  await page.goto(TOOL_PAGE);
  for (const width of [320, 390, 768, 1024, 1280]) {
    await test.step(`the header box shows its whole placeholder at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const room = await headerInput(page).evaluate((el: HTMLInputElement) => {
        // The placeholder's width in the box's own font, against the room inside its padding.
        const context = document.createElement('canvas').getContext('2d');
        const style = getComputedStyle(el);
        if (!context || !el.placeholder) return null;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const inside = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(el.placeholder).width, inside };
      });
      expect.soft(room, `${width} px`).not.toBeNull();
      expect.soft(room?.text, `${width} px`).toBeLessThanOrEqual(room?.inside ?? 0);
    });
  }
});

test.describe('the search page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows the first results on the first screen, with one search box, which suggests too', async ({
    page,
  }) => {
    await page.goto('/search/?q=SmolVLM2');

    await test.step('shows the first results on the first screen, with one search box', async () => {
      const first = page.getByRole('main').getByRole('article').first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
      await expect(page.getByRole('searchbox')).toHaveCount(1);
    });

    await test.step('its own box suggests too', async () => {
      const box = page.locator('#search-input');
      await box.fill('');
      await box.click();
      await box.pressSequentially('smolvlm');
      const list = page.getByRole('main').getByRole('listbox', { name: 'Suggestions' });
      await expectFirstTarget(list, '/tools/smolvlm2-2b/');
    });
  });
});
