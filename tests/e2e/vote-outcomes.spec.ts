/**
 * Where a form vote lands (src/core/votes/form-outcome.ts), on the page side and without
 * JavaScript: the fragment of a counted vote reveals its note next to the card voted on, with the
 * buttons on screen; a refusal lands on the refusal page, in the site's layout, whose fragment
 * says why and which links back to the comparison the vote named. Only the targeted note shows.
 */
import {
  REFUSAL_ANSWER_PATH,
  REFUSAL_REASONS,
  refusedFragment,
  votedFragment,
  VOTE_REFUSED_PATH,
} from '../../src/core/votes/form-outcome.ts';
import { comparisonPath } from './support/pages.ts';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';

const PAIR = 'smolvlm2-2b-vs-perplexity-deep-research-api';
const B = 'perplexity-deep-research-api';

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

const OUTCOMES = [
  ['ship', 'Counted: you ship Perplexity Deep Research API.'],
  ['skip', 'Counted: you skip Perplexity Deep Research API.'],
  ['withdrawn', 'Your call on Perplexity Deep Research API is withdrawn.'],
] as const;

test('each outcome fragment confirms the call next to the card voted on, and none shows without one', async ({
  page,
}) => {
  await page.goto(comparisonPath(PAIR));
  await expect(page.getByTestId('vote-outcome').filter({ visible: true })).toHaveCount(0);

  for (const [result, text] of OUTCOMES) {
    await test.step(`#${votedFragment(B, result)}`, async () => {
      await page.goto(`${comparisonPath(PAIR)}#${votedFragment(B, result)}`);
      const card = page.locator(`[data-testid="tool-card"][data-tool="${B}"]`);
      const shown = page.getByTestId('vote-outcome').filter({ visible: true });
      await expect(shown).toHaveCount(1);
      await expect(shown).toContainText(text);
      await expect(card.getByTestId('vote-outcome').filter({ visible: true })).toHaveCount(1);
      await expect(shown).toBeInViewport();
      await expect(card.getByRole('button', { name: 'Skip' })).toBeInViewport();
    });
  }
});

/** The refusal page as the vote API answers a form that named PAIR. */
const ANSWER = `${REFUSAL_ANSWER_PATH}?comparison=${PAIR}`;

test(`each refusal's fragment says why, on ${VOTE_REFUSED_PATH} and as the API answers it`, async ({
  page,
}) => {
  for (const [reason, sentence] of Object.entries(REFUSAL_REASONS)) {
    const fragment = refusedFragment(reason as keyof typeof REFUSAL_REASONS);
    for (const path of [VOTE_REFUSED_PATH, ANSWER]) {
      await test.step(`${path}#${fragment}`, async () => {
        await page.goto(`${path}#${fragment}`);
        const shown = page.getByTestId('vote-refused').filter({ visible: true });
        await expect(shown).toHaveCount(1);
        await expect(shown).toHaveText(`Your vote was not counted. ${sentence}`);
        await expect(shown).toBeInViewport();
        await expect(page.getByText('The vote did not name a comparison')).toBeHidden();
      });
    }
  }
});

test('the answer to a vote on a comparison links back to it', async ({ page }) => {
  const response = await page.goto(`${ANSWER}#${refusedFragment('budget')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the comparison' })).toHaveAttribute(
    'href',
    comparisonPath(PAIR),
  );
  await expect(page.getByRole('link', { name: 'Back to the comparisons' })).toHaveCount(0);
});

test(`${VOTE_REFUSED_PATH} without a reason says nothing was counted, in the site's layout, and links back`, async ({
  page,
}) => {
  const response = await page.goto(VOTE_REFUSED_PATH);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your vote was not counted');
  await expect(page.getByText('The vote did not name a comparison this site publishes')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the comparisons' })).toHaveAttribute('href', '/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test.describe('checked by axe', () => {
  // axe runs as a script in the page; the refusal page itself needs none.
  test.use({ javaScriptEnabled: true });

  test(`${VOTE_REFUSED_PATH} and the API's answer with a refusal's note have no accessibility violations`, async ({
    page,
  }) => {
    for (const path of [VOTE_REFUSED_PATH, `${ANSWER}#${refusedFragment('rate-limited')}`]) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
