/**
 * Community votes end to end, in Chromium against the real `npm start` server (site and vote
 * API in one process): with and without JavaScript, change and withdraw, reload, a second
 * reader, refused requests, and finally `votes:export`, whose file gives the figure the counts make.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { createSite } from '../../src/core/content.ts';
import { renderMarkdown } from '../../src/core/content/markdown.ts';
import { readContentDir } from '../../src/fs/read-content.ts';
import { FIXTURE_SITE_DIR, FIXTURE_TODAY } from '../support/fixture-site.ts';
import { defaultSiteEnv } from '../support/test-sites.ts';
import { REFUSAL_REASONS, refusedFragment, votedFragment } from '../../src/core/votes/form-outcome.ts';
import { comparisonPath } from './support/pages.ts';
import { PROJECT_ROOT } from './support/paths.ts';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';

// One comparison, voted on in order: each case reads the counts the previous ones left.
test.describe.configure({ mode: 'serial' });

const PAIR = 'smolvlm2-2b-vs-perplexity-deep-research-api';
const [A, B] = ['smolvlm2-2b', 'perplexity-deep-research-api'] as const;

interface Tallies {
  tools: Record<string, { ship: number; skip: number; total: number }>;
  yours?: Record<string, string>;
}

async function tallies(request: APIRequestContext): Promise<Tallies> {
  const response = await request.get(`/api/votes/${PAIR}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Tallies;
}

function card(page: Page, tool: string): Locator {
  return page.locator(`[data-testid="tool-card"][data-tool="${tool}"]`);
}

async function open(page: Page): Promise<void> {
  await page.goto(comparisonPath(PAIR));
  // The script marks every button once it has the live counts.
  await expect(card(page, A).getByRole('button', { name: 'Ship' })).toHaveAttribute(
    'aria-pressed',
    /true|false/,
  );
}

function votes(total: number): string {
  return `${total} vote${total === 1 ? '' : 's'}`;
}

/** The community figure's note below the default sample of 10 votes, as the pages write it. */
function votesNote(total: number): string {
  return total === 0 ? '' : `${votes(total)}; a share shows from 10`;
}

test(
  'with JavaScript: a vote is marked, counted in place and announced with the community figure',
  { tag: '@edge' },
  async ({ page }) => {
    await open(page);
    const before = (await tallies(page.request)).tools[A]?.total ?? 0;
    // Below the sample a share shows from, the figure is the count (the database starts empty).
    expect(before + 1).toBeLessThan(10);
    const ship = card(page, A).getByRole('button', { name: 'Ship' });
    await expect(ship).toHaveAttribute('aria-pressed', 'false');
    await ship.click();
    await expect(ship).toHaveAttribute('aria-pressed', 'true');
    await expect(card(page, A).getByRole('status')).toHaveText(
      `Counted: you ship it. Community: ${votes(before + 1)} (a share shows from 10).`,
    );
    await expect(card(page, A).getByTestId('community')).toContainText(votesNote(before + 1));
    // The decision strip at the top of the page shows the same figure.
    await expect(page.locator(`[data-testid="strip-community"][data-community="${A}"]`)).toContainText(
      votesNote(before + 1),
    );
    expect((await tallies(page.request)).yours).toEqual({ [A]: 'ship' });
  },
);

test('change and withdraw a call; the same reader never counts twice', { tag: '@edge' }, async ({ page }) => {
  await open(page);
  const start = (await tallies(page.request)).tools[B] ?? { ship: 0, skip: 0, total: 0 };
  const ship = card(page, B).getByRole('button', { name: 'Ship' });
  const skip = card(page, B).getByRole('button', { name: 'Skip' });

  await ship.click();
  await expect(ship).toHaveAttribute('aria-pressed', 'true');
  await skip.click();
  await expect(skip).toHaveAttribute('aria-pressed', 'true');
  await expect(ship).toHaveAttribute('aria-pressed', 'false');
  expect((await tallies(page.request)).tools[B]).toEqual({
    ship: start.ship,
    skip: start.skip + 1,
    total: start.total + 1,
  });

  // The same call again through the API: still one standing vote.
  const again = await page.request.post('/api/votes', { data: { comparison: PAIR, tool: B, call: 'skip' } });
  expect(again.status()).toBe(200);
  expect((await tallies(page.request)).tools[B]?.total).toBe(start.total + 1);

  await skip.click();
  await expect(skip).toHaveAttribute('aria-pressed', 'false');
  await expect(card(page, B).getByRole('status')).toContainText('Your call is withdrawn.');
  expect((await tallies(page.request)).tools[B]).toEqual(start);
});

test(
  'a reload keeps the standing call, and the page stays free of axe violations',
  { tag: '@edge' },
  async ({ page }) => {
    await open(page);
    const skip = card(page, A).getByRole('button', { name: 'Skip' });
    await skip.click();
    await expect(skip).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(card(page, A).getByRole('button', { name: 'Skip' })).toHaveAttribute('aria-pressed', 'true');
    await expect(card(page, A).getByRole('button', { name: 'Ship' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await axeViolations(page)).toEqual([]);
  },
);

test('a second browser context counts separately', { tag: '@edge' }, async ({ page, browser, baseURL }) => {
  await open(page);
  await card(page, A).getByRole('button', { name: 'Ship' }).click();
  await expect(card(page, A).getByRole('button', { name: 'Ship' })).toHaveAttribute('aria-pressed', 'true');
  const before = (await tallies(page.request)).tools[A]?.ship ?? 0;
  const other = await browser.newContext({ baseURL: String(baseURL) });
  try {
    const second = await other.newPage();
    await open(second);
    const ship = card(second, A).getByRole('button', { name: 'Ship' });
    await expect(ship).toHaveAttribute('aria-pressed', 'false');
    await ship.click();
    await expect(ship).toHaveAttribute('aria-pressed', 'true');
    expect((await tallies(second.request)).tools[A]?.ship).toBe(before + 1);
    expect((await tallies(second.request)).yours).toEqual({ [A]: 'ship' });
  } finally {
    await other.close();
  }
  expect((await tallies(page.request)).yours).toEqual({ [A]: 'ship' });
});

test(
  'without JavaScript: the form posts, the server answers 303 and the page confirms the call by the card',
  { tag: '@edge' },
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL: String(baseURL),
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await context.newPage();
      const before = (await tallies(page.request)).tools[B]?.skip ?? 0;
      await page.goto(comparisonPath(PAIR));
      await card(page, B).getByRole('button', { name: 'Skip' }).click();
      await expect(page).toHaveURL(
        (url) => url.pathname === comparisonPath(PAIR) && url.hash === `#${votedFragment(B, 'skip')}`,
      );
      const confirmed = card(page, B).getByTestId('vote-outcome').filter({ visible: true });
      await expect(confirmed).toHaveCount(1);
      await expect(confirmed).toHaveText(/^Counted: you skip Perplexity Deep Research API\./);
      // The reader lands on the card they voted on, its buttons and the note on screen.
      await expect(confirmed).toBeInViewport();
      await expect(card(page, B).getByRole('button', { name: 'Skip' })).toBeInViewport();
      const after = await tallies(page.request);
      expect(after.tools[B]?.skip).toBe(before + 1);
      expect(after.yours).toEqual({ [B]: 'skip' });
    } finally {
      await context.close();
    }
  },
);

test(
  'without JavaScript: a refused form vote lands on the refusal page, which says why and links back',
  { tag: '@edge' },
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: String(baseURL), javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const before = await tallies(page.request);
      await page.goto(comparisonPath(PAIR));
      // A form the page did not draw: it names a tool outside the pair.
      await card(page, B)
        .locator('input[name="tool"]')
        .evaluate((input: HTMLInputElement) => (input.value = 'not-in-this-pair'));
      await card(page, B).getByRole('button', { name: 'Ship' }).click();
      await expect(page).toHaveURL((url) => url.hash === `#${refusedFragment('invalid')}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your vote was not counted');
      const why = page.getByTestId('vote-refused').filter({ visible: true });
      await expect(why).toHaveText(`Your vote was not counted. ${REFUSAL_REASONS.invalid}`);
      await expect(page.getByRole('link', { name: 'Back to the comparison' })).toHaveAttribute(
        'href',
        comparisonPath(PAIR),
      );
      expect(await tallies(page.request)).toEqual(before);
    } finally {
      await context.close();
    }
  },
);

test('tells the reader plainly when they are offline', { tag: '@edge' }, async ({ page, context }) => {
  await open(page);
  await context.setOffline(true);
  await card(page, B).getByRole('button', { name: 'Ship' }).click();
  await expect(card(page, B).getByRole('status')).toHaveText(/offline: your vote was not sent/);
  await context.setOffline(false);
});

test(
  'foreign origins, unknown pairs and bad payloads are refused and change nothing',
  { tag: '@edge' },
  async ({ page }) => {
    const before = await tallies(page.request);
    const cases: [Record<string, string>, unknown, number][] = [
      [{ origin: 'https://evil.example' }, { comparison: PAIR, tool: A, call: 'ship' }, 403],
      // A rebinding page: the attacker's name in Host and Origin alike.
      [
        { origin: 'http://rebind.evil.example', host: 'rebind.evil.example' },
        { comparison: PAIR, tool: A, call: 'ship' },
        403,
      ],
      [{ 'sec-fetch-site': 'cross-site' }, { comparison: PAIR, tool: A, call: 'skip' }, 403],
      [{}, { comparison: 'smolvlm2-2b-vs-nothing', tool: A, call: 'ship' }, 404],
      [{}, { comparison: PAIR, tool: 'hugging-face-inference-providers-marketplace', call: 'ship' }, 404],
      [{}, { comparison: PAIR, tool: A, call: 'definitely' }, 400],
      [{}, { comparison: PAIR, tool: A, call: 'ship', extra: true }, 400],
    ];
    for (const [headers, data, status] of cases) {
      const response = await page.request.post('/api/votes', { headers, data });
      expect(response.status(), JSON.stringify(data)).toBe(status);
      expect(Object.keys((await response.json()) as object)).toEqual(['error']);
    }
    const malformed = await page.request.post('/api/votes', {
      headers: { 'content-type': 'application/json' },
      data: '{"comparison": ',
    });
    expect(malformed.status()).toBe(400);
    expect(await tallies(page.request)).toEqual(before);
  },
);

test(
  'votes:export writes the counts into content, and the content shows the new Community figure',
  { tag: '@edge' },
  async ({ request }) => {
    test.setTimeout(120_000);
    // The Worker is exported through its token-guarded endpoint; the Node server from its database
    // file. What a build makes of a votes file is checked on every built page (tests/build).
    const worker = test.info().project.name === 'worker';
    const live = (await tallies(request)).tools;
    const work = mkdtempSync(join(tmpdir(), 'shipworthy-export-'));
    try {
      const content = join(work, 'content');
      cpSync(join(PROJECT_ROOT, FIXTURE_SITE_DIR), content, { recursive: true });
      const source = worker ? (process.env['E2E_WORKER_URL'] ?? '') : (process.env['E2E_VOTES_DB'] ?? '');
      const exported = spawnSync(
        'npm',
        ['run', '--silent', 'votes:export', '--', '--from', source, '--out', join(content, 'votes')],
        {
          cwd: PROJECT_ROOT,
          env: { ...defaultSiteEnv(), VOTES_EXPORT_TOKEN: process.env['E2E_WORKER_EXPORT_TOKEN'] ?? '' },
          encoding: 'utf8',
        },
      );
      expect(exported.status, exported.stderr).toBe(0);
      const yaml = readFileSync(join(content, 'votes', `${PAIR}.yaml`), 'utf8');
      for (const tool of [A, B]) {
        expect(yaml).toContain(`${tool}: { ship: ${live[tool]?.ship}, skip: ${live[tool]?.skip} }`);
      }

      const { site, problems } = createSite(readContentDir(content), content, {
        today: FIXTURE_TODAY,
        render: renderMarkdown,
      });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const side = site?.comparisons.find((c) => c.slug === PAIR)?.a;
      // The figure a page shows from these counts is the product's rule, tested on its own.
      const counts = live[A] ?? { ship: 0, skip: 0 };
      expect(side?.community).toMatchObject({ ship: counts.ship, skip: counts.skip });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
