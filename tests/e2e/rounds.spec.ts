/**
 * Every panel figure names the review round it comes from, wherever it appears: comparison cards
 * (which also point to a newer round when the tool was re-reviewed), every list, the feed, the
 * JSON index and llms.txt. "Facts checked" never presents a later check as if it came first.
 */
import { COMPARISON_SLUGS, comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';

const [SONAR, DEEP] = COMPARISON_SLUGS;
const ROUND =
  /panel read of \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/i;

test('a comparison published before a re-review leads with the new round and keeps the published one', async ({
  page,
}) => {
  await page.goto(comparisonPath(SONAR));
  const [smol, sonar] = await page.getByTestId('tool-card').all();
  await expect(smol!.getByTestId('panel-ship')).toContainText('100%');
  await expect(smol!.getByTestId('panel-round')).toHaveText('Panel read of 15 September 2026');
  const note = smol!.getByTestId('re-reviewed');
  await expect(note).toContainText('When published: 75%, panel read of 2 June 2026.');

  await expect(sonar!.getByTestId('panel-round')).toHaveText('Panel read of 2 June 2026');
  await expect(sonar!.getByTestId('re-reviewed')).toHaveCount(0);

  // The verdict follows the figures in the headline: both tools now stand at 4 of 4.
  await expect(page.getByTestId('decision').getByRole('heading', { level: 2 })).toHaveText('Panel: a tie');

  // The published read stays on the page, linkable for a newsletter that quoted it.
  await note.getByRole('link', { name: 'As published' }).click();
  await expect(page).toHaveURL(/#as-published-a$/);
  const published = page.locator('#as-published-a');
  await expect(published).toBeInViewport();
  await expect(published.getByTestId('panel-ship')).toHaveText(/^75% Panel ship, Panel read of 2 June 2026/);

  await page.goto(comparisonPath(SONAR));
  await smol!.getByRole('link', { name: 'Every round of SmolVLM2-2B' }).click();
  await expect(page).toHaveURL(/\/tools\/smolvlm2-2b\/#history$/);
  await expect(page.locator('#history')).toBeVisible();
});

test('a comparison published after the latest round says nothing about re-reviews', async ({ page }) => {
  await page.goto(comparisonPath(DEEP));
  const smol = page.getByTestId('tool-card').first();
  await expect(smol.getByTestId('panel-ship')).toContainText('100%');
  await expect(smol.getByTestId('panel-round')).toHaveText('Panel read of 15 September 2026');
  await expect(page.getByTestId('re-reviewed')).toHaveCount(0);
  await expect(page.getByTestId('as-published')).toHaveCount(0);
});

test('"Facts checked" never reads as if a later check came first', async ({ page }) => {
  for (const slug of COMPARISON_SLUGS) {
    await test.step(comparisonPath(slug), async () => {
      await page.goto(comparisonPath(slug));
      const published = await page.locator('header time').first().getAttribute('datetime');
      const checks = page.getByTestId('facts-checked');
      await expect(checks).toHaveCount(2);
      for (const check of await checks.all()) {
        const verified = await check.locator('time').getAttribute('datetime');
        if ((verified ?? '') > (published ?? '')) {
          await expect(check).toContainText(/^Current facts, checked .+, after publication on /);
        } else {
          await expect(check).toHaveText(/^Facts checked /);
        }
      }
    });
  }
});

test('every figure in the lists names its round', async ({ page }) => {
  for (const path of ['/', '/tools/smolvlm2-2b/', '/categories/developer-tools/']) {
    await test.step(path, async () => {
      await page.goto(path);
      const figures = page.getByTestId('list-figure');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) await expect(figure).toContainText(ROUND);
    });
  }
});

test('an older comparison in a list leads with the current figure and keeps the published one', async ({
  page,
}) => {
  await page.goto('/');
  const card = page.locator('article', { has: page.locator(`a[href="${comparisonPath(SONAR)}"]`) });
  await expect(card.getByTestId('list-figure').first()).toContainText(
    'SmolVLM2-2B: 100% panel ship (panel read of 15 September 2026; 75% when published)',
  );
  await expect(card.getByTestId('list-community').first()).toHaveText(/^Community: /);
});

test('the feed, the JSON index and llms.txt name the round of every figure', async ({ request }) => {
  const feed = await (await request.get('/rss.xml')).text();
  const descriptions = [...feed.matchAll(/<description>([^<]*)<\/description>/g)].map((m) => m[1] ?? '');
  expect(descriptions.length).toBeGreaterThan(3);
  for (const description of descriptions.slice(1))
    expect(description.match(new RegExp(ROUND, 'gi'))).toHaveLength(2);

  const index = (await (await request.get('/data/comparisons.json')).json()) as {
    comparisons: { slug: string; tools: { panelRound: string }[] }[];
  };
  const sonar = index.comparisons.find((c) => c.slug === SONAR);
  expect(sonar?.tools.map((t) => t.panelRound)).toEqual(['2026-06-02', '2026-06-02']);
  const record = (await (await request.get(`/data/comparisons/${SONAR}.json`)).json()) as {
    a: { round: string; reReviewed: { round: string; shipPercent: number } | null };
  };
  expect(record.a.round).toBe('2026-06-02');
  expect(record.a.reReviewed).toMatchObject({ round: '2026-09-15', shipPercent: 100 });

  const llms = await (await request.get('/llms.txt')).text();
  const figureLines = llms.split('\n').filter((line) => /panel ship/.test(line) && line.startsWith('- '));
  expect(figureLines.length).toBeGreaterThan(0);
  for (const line of figureLines) expect(line).toMatch(ROUND);
});
