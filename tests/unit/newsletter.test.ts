/**
 * "Weekly AI Tool Verdicts": the issue for a period lists each comparison published in it with both
 * tools' panel figures and one attributed quote, links to the canonical page with campaign
 * parameters, and is safe to send: escaped, inline-styled, table-laid-out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  comparisonsIn,
  digestIssue,
  pickQuote,
  type DigestOptions,
} from '../../src/core/newsletter/digest.ts';
import { escapeHtml } from '../../src/core/newsletter/escape-html.ts';
import { excerpt } from '../../src/core/newsletter/excerpt.ts';
import { isoWeek } from '../../src/core/newsletter/iso-week.ts';
import { withUtm } from '../../src/core/newsletter/utm.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { loadFixture, siteOf, unvalidatedSiteOf, withFile } from './support/content.ts';

const options = (from: string, to: string): DigestOptions => ({
  period: { from, to },
  origin: 'https://shipworthy.dev',
  siteName: 'Shipworthy',
  newsletterName: 'Weekly AI Tool Verdicts',
});

const seeds = fixtureSite();

describe('isoWeek', () => {
  it.each([
    ['2026-06-21', '2026-W25'],
    ['2026-06-15', '2026-W25'],
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('rejects what is not a date', () => {
    expect(() => isoWeek('next week')).toThrow(RangeError);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Q&A', 'Q&amp;A'],
    [`"double" and 'single'`, '&quot;double&quot; and &#39;single&#39;'],
    ['&amp; stays visible as typed', '&amp;amp; stays visible as typed'],
    ['plain text', 'plain text'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('withUtm', () => {
  const utm = { source: 'newsletter', medium: 'email', campaign: '2026-W25' };

  it('adds the three campaign parameters', () => {
    expect(withUtm('https://shipworthy.dev/compare/a-vs-b/', utm)).toBe(
      'https://shipworthy.dev/compare/a-vs-b/?utm_source=newsletter&utm_medium=email&utm_campaign=2026-W25',
    );
  });

  it('replaces parameters already present and keeps the others', () => {
    expect(withUtm('https://x.example/?ref=1&utm_source=old', utm)).toBe(
      'https://x.example/?ref=1&utm_source=newsletter&utm_medium=email&utm_campaign=2026-W25',
    );
  });
});

describe('excerpt', () => {
  it.each([
    ['keeps a short quote whole', 'Short and sweet.', 40, 'Short and sweet.'],
    [
      'stops after the last whole sentence that fits',
      'One two. Three four. Five six seven.',
      22,
      'One two. Three four. …',
    ],
    [
      'cuts a long first sentence at a word',
      'A very long opening sentence with no end in sight',
      20,
      'A very long opening…',
    ],
    ['collapses whitespace first', 'Line\n\none.   Line two.', 40, 'Line one. Line two.'],
  ])('%s', (_, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});

describe('the issue from the seed content', () => {
  const june = buildDigest(seeds, options('2026-06-01', '2026-06-30'));

  it('matches the golden HTML', async () => {
    await expect(june?.html).toMatchFileSnapshot('./__golden__/newsletter-2026-06.html');
  });

  it('matches the golden text', async () => {
    await expect(june?.text).toMatchFileSnapshot('./__golden__/newsletter-2026-06.txt');
  });

  it('lists only comparisons published in the period, bounds included, newest first', () => {
    expect(comparisonsIn(seeds, { from: '2026-06-09', to: '2026-06-23' }).map((c) => c.slug)).toEqual([
      'hugging-face-inference-providers-marketplace-vs-smolvlm2-2b',
      'smolvlm2-2b-vs-perplexity-sonar-pro-2-api',
    ]);
    expect(comparisonsIn(seeds, { from: '2026-06-10', to: '2026-06-22' })).toEqual([]);
  });

  it('names the campaign after the ISO week of the last day', () => {
    const issue = buildDigest(seeds, options('2026-06-03', '2026-06-09'));
    expect(issue?.campaign).toBe('2026-W24');
    expect(issue?.count).toBe(1);
  });

  it.each(['html', 'text'] as const)('links each comparison canonically with UTM parameters (%s)', (kind) => {
    const body = june?.[kind] ?? '';
    const query = kind === 'html' ? '&amp;' : '&';
    for (const slug of [
      'hugging-face-inference-providers-marketplace-vs-smolvlm2-2b',
      'smolvlm2-2b-vs-perplexity-sonar-pro-2-api',
    ]) {
      expect(body).toContain(
        `https://shipworthy.dev/compare/${slug}/?utm_source=newsletter${query}utm_medium=email${query}utm_campaign=2026-W27`,
      );
    }
  });

  it('shows both tools and their panel figures, each with its round', () => {
    expect(june?.text).toContain(
      '- SmolVLM2-2B: 75% panel ship (3 of 4 reviewers ship it; panel read of 2 June 2026)',
    );
    expect(june?.text).toContain(
      '- Perplexity Sonar Pro 2 API: 100% panel ship (4 of 4 reviewers ship it; panel read of 2 June 2026)',
    );
  });

  it('is email-safe: inline styles and tables, nothing external, nothing executable', () => {
    const html = june?.html ?? '';
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<table role="presentation"');
    for (const forbidden of [/<style/i, /<link/i, /<script/i, /\sclass=/i, /<img/i, /\son\w+=/i]) {
      expect(html).not.toMatch(forbidden);
    }
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href);
    // Two comparison links and the site link, at least.
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/shipworthy\.dev\//);
  });

  it('is not written for a period with no comparison, no verdict flip and no new tool', () => {
    expect(buildDigest(seeds, options('2026-01-01', '2026-01-07'))).toBeNull();
  });
});

describe('verdict flips and new tools', () => {
  const september = buildDigest(seeds, options('2026-09-01', '2026-09-30'));

  it('match the golden HTML', async () => {
    await expect(september?.html).toMatchFileSnapshot('./__golden__/newsletter-2026-09.html');
  });

  it('match the golden text', async () => {
    await expect(september?.text).toMatchFileSnapshot('./__golden__/newsletter-2026-09.txt');
  });

  it.each([
    ['2026-09-01', '2026-09-30', ['SmolVLM2-2B'], ['Perplexity Deep Research API']],
    [
      '2026-06-01',
      '2026-06-30',
      [],
      ['Hugging Face Inference Providers Marketplace', 'Perplexity Sonar Pro 2 API', 'SmolVLM2-2B'],
    ],
    ['2026-09-16', '2026-09-30', [], []],
  ])('from %s to %s: flips %j, new tools %j', (from, to, flips, tools) => {
    const issue = digestIssue(seeds, options(from, to));
    expect(issue?.flips.map((f) => f.name)).toEqual(flips);
    expect(issue?.newTools.map((t) => t.name)).toEqual(tools);
  });

  it('name the old and new figure, both rounds and the reviewers who flipped', () => {
    const [flip] = digestIssue(seeds, options('2026-09-01', '2026-09-30'))?.flips ?? [];
    expect(flip).toMatchObject({
      from: '75%',
      to: '100%',
      fromSource: 'panel read of 2 June 2026',
      toSource: 'panel read of 15 September 2026',
      reviewers: [{ name: 'The Operator', from: 'Skip', to: 'Ship' }],
    });
    expect(flip?.url).toBe(
      'https://shipworthy.dev/tools/smolvlm2-2b/?utm_source=newsletter&utm_medium=email&utm_campaign=2026-W40#round-2026-09-15',
    );
  });

  it('make an issue of their own when nothing was compared', () => {
    const issue = buildDigest(seeds, options('2026-09-14', '2026-09-20'));
    expect(issue?.count).toBe(0);
    expect(issue?.subject).toBe(
      'Weekly AI Tool Verdicts: verdict flips on SmolVLM2-2B; new: Perplexity Deep Research API',
    );
    expect(issue?.text).toContain('One verdict flip and one new tool from the panel.');
    expect(issue?.text).toContain('Verdict flips\n-------------\n\nSmolVLM2-2B: 75% -> 100% panel ship');
    expect(issue?.html).toContain('>Verdict flips</h2>');
    expect(issue?.html).toContain('>New tools</h2>');
  });

  it('leave out a re-review that did not move the figure', () => {
    const FIXTURE = 'minimal';
    const same = ['ann', 'bo'].reduce(
      (files, reviewer) =>
        withFile(
          files,
          FIXTURE,
          `verdicts/alpha-ai/2026-01-20/${reviewer}.md`,
          `---\ntool: alpha-ai\nreviewer: ${reviewer}\nround: 2026-01-20\nverdict: ship\n---\nStill good.\n`,
        ),
      loadFixture(FIXTURE),
    );
    expect(digestIssue(siteOf(same, FIXTURE), options('2026-01-15', '2026-01-31'))).toBeNull();
  });
});

describe('the quote', () => {
  const FIXTURE = 'minimal';
  const base = loadFixture(FIXTURE);
  const comparisonOf = (files = base) => siteOf(files, FIXTURE).comparisons[0]!;

  it('is from the first reviewer who calls the two tools differently, on the first tool', () => {
    // ann ships both; bo ships alpha-ai and skips beta-bot.
    expect(pickQuote(comparisonOf())).toMatchObject({ reviewer: 'bo', tool: 'alpha-ai', verdict: 'ship' });
  });

  it("is the first reviewer's take on the first tool when the panel agrees", () => {
    const agreed = withFile(
      base,
      FIXTURE,
      'verdicts/beta-bot/2026-01-10/bo.md',
      '---\ntool: beta-bot\nreviewer: bo\nround: 2026-01-10\nverdict: ship\n---\nFine.\n',
    );
    expect(pickQuote(comparisonOf(agreed))).toMatchObject({ reviewer: 'ann', tool: 'alpha-ai' });
  });

  it('says whose quote it is', () => {
    const issue = buildDigest(siteOf(base, FIXTURE), options('2026-01-01', '2026-01-31'));
    expect(issue?.text).toContain('"bo on alpha-ai: worth a look."\n  (The Buyer, Ship on Alpha AI)');
  });
});

describe('escaping', () => {
  const FIXTURE = 'minimal';
  const tool = readFileSync('tests/fixtures/minimal/tools/alpha-ai.md', 'utf8').replace(
    'name: Alpha AI',
    `name: 'Alpha <b onmouseover="x()">AI</b> & "Co"'`,
  );
  const quote =
    '---\ntool: alpha-ai\nreviewer: bo\nround: 2026-01-10\nverdict: ship\n---\nIf a < b && c > d, <script>alert(1)</script> it ships.\n';
  let files = withFile(loadFixture(FIXTURE), FIXTURE, 'tools/alpha-ai.md', tool);
  files = withFile(files, FIXTURE, 'verdicts/alpha-ai/2026-01-10/bo.md', quote);
  // Validation refuses raw HTML in a quote; the digest must stay safe even if some got through.
  const html =
    buildDigest(unvalidatedSiteOf(files, FIXTURE), options('2026-01-01', '2026-01-31'))?.html ?? '';

  it('escapes every content string', () => {
    expect(html).toContain('Alpha &lt;b onmouseover=&quot;x()&quot;&gt;AI&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('If a &lt; b &amp;&amp; c &gt; d,');
  });

  it('uses the sanitized quote text, never raw HTML from the source', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('If a &lt; b &amp;&amp; c &gt; d, alert(1) it ships.');
  });
});

// Each case starts a Node process, which alone can take seconds on a busy shared machine.
describe('npm run newsletter', { timeout: 60_000 }, () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/newsletter.ts', '--content', 'tests/fixtures/minimal', ...args], {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'https://preview.shipworthy.dev/', ...env },
    });

  it('writes issue.html and issue.txt linking to the configured site', () => {
    const out = mkdtempSync(join(tmpdir(), 'newsletter-'));
    const result = run(['--from', '2026-01-05', '--to', '2026-01-12', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2026-W03: 1 comparison(s)');
    const text = readFileSync(join(out, 'issue.txt'), 'utf8');
    expect(text).toContain(
      'https://preview.shipworthy.dev/compare/alpha-ai-vs-beta-bot/?utm_source=newsletter&utm_medium=email&utm_campaign=2026-W03',
    );
    expect(readFileSync(join(out, 'issue.html'), 'utf8')).toContain('Alpha AI vs Beta Bot');
  });

  it('exits 1 and writes nothing for a period with nothing to tell', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsletter-')), 'issue');
    const result = run(['--from', '2026-02-01', '--to', '2026-02-07', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'no comparison was published, no verdict flipped and no tool was new from 2026-02-01 to 2026-02-07; no issue was written.',
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--from', '2026-01-01', '--out', 'x'], 'usage: npm run newsletter'],
    [
      ['--from', '2026-13-01', '--to', '2026-01-07', '--out', 'x'],
      "--from must be a date written YYYY-MM-DD, got '2026-13-01'.",
    ],
    [
      ['--from', '2026-01-08', '--to', '2026-01-01', '--out', 'x'],
      '--from 2026-01-08 is after --to 2026-01-01.',
    ],
  ])('rejects %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
