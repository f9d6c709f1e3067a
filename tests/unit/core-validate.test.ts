/**
 * Every class of bad input gets a located, specific message; valid content gets none.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, problemLines, siteOf, withFile } from './support/content.ts';

const F = 'minimal';
const base = loadFixture(F);
const at = (path: string) => `tests/fixtures/${F}/${path}`;

const TOOL = (fields: string, body = 'A tool.') => `---\n${fields}\n---\n${body}\n`;
const GOOD_TOOL = [
  'name: Gamma',
  'category: Writing',
  'tagline: Third tool',
  'entryPrice: Free',
  'pricingNote: Free.',
  'vendor: Gamma Co',
  'website: https://gamma.example.com/',
  'license: MIT',
  'verified: 2026-01-20',
].join('\n');
const tool = (change: (lines: string) => string, body?: string) => TOOL(change(GOOD_TOOL), body);

describe('valid content', () => {
  it('has no problems', () => {
    expect(problemLines(base, F)).toEqual([]);
  });

  it('builds a site with computed figures', () => {
    const site = siteOf(base, F);
    const [comparison] = site.comparisons;
    expect(comparison?.a.read.shipPercent).toBe(100);
    expect(comparison?.b.read.shipPercent).toBe(50);
    expect(comparison?.a.community).toEqual({ ship: 2, skip: 1, total: 3, shipPercent: 67 });
    expect(comparison?.b.community.shipPercent).toBeNull();
    expect(comparison?.summary.onlyA).toEqual(['bo']);
  });
});

describe('each bad input is reported with file, line, field and a fix', () => {
  it.each([
    [
      'missing field',
      'tools/gamma.md',
      tool((t) => t.replace('vendor: Gamma Co\n', '')),
      `${at('tools/gamma.md')}:2: vendor: required field is missing. Add a line like \`vendor: Hugging Face\` (one line of text, at most 80 characters). Company or project that makes the tool.`,
    ],
    [
      'mistyped field',
      'tools/gamma.md',
      tool((t) => t.replace('name: Gamma', 'name: 1984')),
      `${at('tools/gamma.md')}:2: name: expected a string, got number '1984'. Quote the value`,
    ],
    [
      'unknown key (typo)',
      'tools/gamma.md',
      tool((t) => t.replace('name:', 'nmae:')),
      `${at('tools/gamma.md')}:2: nmae: unknown field. Did you mean 'name'?`,
    ],
    [
      'enum value',
      'tools/gamma.md',
      tool((t) => t.replace('Writing', 'Writting')),
      `${at('tools/gamma.md')}:3: category: 'Writting' is not allowed. Did you mean 'Writing'? Use one of: Developer Tools,`,
    ],
    [
      'invalid YAML',
      'tools/gamma.md',
      TOOL('name: [unclosed\ncategory: Writing'),
      // Reported where the list opens, on the field it belongs to, though the parser notices it a line later.
      `${at('tools/gamma.md')}:2: name: invalid YAML: the list opened with '[' is not closed: end it with ']' on the same line.`,
    ],
    [
      'unclosed frontmatter',
      'tools/gamma.md',
      '---\nname: x\n',
      `${at('tools/gamma.md')}:1: frontmatter is not closed`,
    ],
    [
      'bad slug in a reference',
      'comparisons/alpha-ai-vs-beta-bot.md',
      '---\ntools: [Alpha_AI, beta-bot]\npublished: 2026-01-12\n---\n',
      `${at('comparisons/alpha-ai-vs-beta-bot.md')}:2: tools[0]: 'Alpha_AI' is not a valid slug`,
    ],
    [
      'bad slug as file name',
      'tools/Gamma_Tool.md',
      tool((t) => t),
      `${at('tools/Gamma_Tool.md')}:1: file name 'Gamma_Tool' is not a valid slug: rename the file to 'gamma-tool'.`,
    ],
    [
      'unknown tool reference',
      'verdicts/alpha-ai/2026-01-10/ann.md',
      '---\ntool: alpha-a\nreviewer: ann\nround: 2026-01-10\nverdict: ship\n---\nQuote.\n',
      `${at('verdicts/alpha-ai/2026-01-10/ann.md')}:2: tool: unknown tool 'alpha-a'. Did you mean 'alpha-ai'?`,
    ],
    [
      'unknown reviewer reference',
      'verdicts/alpha-ai/2026-01-10/ann.md',
      '---\ntool: alpha-ai\nreviewer: anne\nround: 2026-01-10\nverdict: ship\n---\nQuote.\n',
      `${at('verdicts/alpha-ai/2026-01-10/ann.md')}:3: reviewer: unknown reviewer 'anne'. Did you mean 'ann'?`,
    ],
    [
      'duplicate tool name',
      'tools/gamma.md',
      tool((t) => t.replace('name: Gamma', 'name: alpha  AI')),
      `${at('tools/gamma.md')}:2: name: 'alpha  AI' is also the name of ${at('tools/alpha-ai.md')} ('Alpha AI'): one tool, one file.`,
    ],
    [
      'duplicate website (http, www, slash)',
      'tools/gamma.md',
      tool((t) => t.replace('https://gamma.example.com/', 'https://www.Alpha.example.com')),
      `${at('tools/gamma.md')}:8: website: https://www.Alpha.example.com is the same website as https://alpha.example.com/ in ${at('tools/alpha-ai.md')}: one tool, one file (scheme, www., port, user, query, fragment, index.html and a trailing slash or dot do not make another site).`,
    ],
    [
      'same pair in reverse order',
      'comparisons/beta-bot-vs-alpha-ai.md',
      '---\ntools: [beta-bot, alpha-ai]\npublished: 2026-01-13\n---\n',
      `${at('comparisons/beta-bot-vs-alpha-ai.md')}:2: tools: beta-bot and alpha-ai are also compared in ${at('comparisons/alpha-ai-vs-beta-bot.md')}`,
    ],
    [
      'two verdicts for one reviewer, tool and round',
      'verdicts/alpha-ai/2026-01-10/ann-again.md',
      '---\ntool: alpha-ai\nreviewer: ann\nround: 2026-01-10\nverdict: skip\n---\nAgain.\n',
      `${at('verdicts/alpha-ai/2026-01-10/ann-again.md')}:3: reviewer: ann also has a verdict on alpha-ai in round 2026-01-10 in ${at('verdicts/alpha-ai/2026-01-10/ann.md')}`,
    ],
    [
      'tool compared with itself',
      'comparisons/alpha-ai-vs-alpha-ai.md',
      '---\ntools: [alpha-ai, alpha-ai]\npublished: 2026-01-13\n---\n',
      `${at('comparisons/alpha-ai-vs-alpha-ai.md')}:2: tools: a tool cannot be compared with itself`,
    ],
    [
      'invalid date',
      'tools/gamma.md',
      tool((t) => t.replace('2026-01-20', '2026-02-30')),
      `${at('tools/gamma.md')}:10: verified: '2026-02-30' is not a valid date: write a real calendar date as YYYY-MM-DD`,
    ],
    [
      'javascript: URL',
      'tools/gamma.md',
      tool((t) => t.replace('https://gamma.example.com/', '"javascript:alert(1)"')),
      `${at('tools/gamma.md')}:8: website: must be an absolute https:// URL`,
    ],
    [
      'http URL',
      'tools/gamma.md',
      tool((t) => t.replace('https://gamma', 'http://gamma')),
      `${at('tools/gamma.md')}:8: website: must be an absolute https:// URL`,
    ],
    [
      'empty quote',
      'verdicts/alpha-ai/2026-01-10/ann.md',
      '---\ntool: alpha-ai\nreviewer: ann\nround: 2026-01-10\nverdict: ship\n---\n   \n',
      `${at('verdicts/alpha-ai/2026-01-10/ann.md')}:7: body: quote is empty`,
    ],
    [
      'comparison file name does not match its tools',
      'comparisons/alpha-vs-beta.md',
      '---\ntools: [alpha-ai, gamma-x]\npublished: 2026-01-13\n---\n',
      `${at('comparisons/alpha-vs-beta.md')}:2: tools: file name must match the tools in order: rename the file to 'alpha-ai-vs-gamma-x.md'.`,
    ],
    [
      'comparison published before any round',
      'comparisons/alpha-ai-vs-beta-bot.md',
      '---\ntools: [alpha-ai, beta-bot]\npublished: 2026-01-01\n---\n',
      `${at('comparisons/alpha-ai-vs-beta-bot.md')}:3: published: alpha-ai has no review round on or before 2026-01-01 (its first is 2026-01-10)`,
    ],
    [
      'votes for a tool not in the comparison',
      'votes/alpha-ai-vs-beta-bot.yaml',
      'alpha-ai: { ship: 1, skip: 0 }\nbeta-bott: { ship: 1, skip: 0 }\n',
      `${at('votes/alpha-ai-vs-beta-bot.yaml')}:2: beta-bott: 'beta-bott' is not in alpha-ai-vs-beta-bot; use alpha-ai or beta-bot. Did you mean 'beta-bot'?`,
    ],
    [
      'negative vote count',
      'votes/alpha-ai-vs-beta-bot.yaml',
      'alpha-ai: { ship: -1, skip: 0 }\n',
      `${at('votes/alpha-ai-vs-beta-bot.yaml')}:1: alpha-ai.ship: must be at least 0.`,
    ],
    [
      'stray file',
      'notes.txt',
      'hello',
      `${at('notes.txt')}: unexpected file: content goes in tools/<tool>.md,`,
    ],
    [
      'placeholder left from a skeleton',
      'tools/gamma.md',
      tool((t) => t.replace('tagline: Third tool', 'tagline: TODO one line')),
      `${at('tools/gamma.md')}:4: tagline: still a TODO placeholder`,
    ],
    [
      'alias that is another tool',
      'tools/gamma.md',
      tool((t) => `${t}\naliases: [beta-bot]`),
      `${at('tools/gamma.md')}:11: aliases[0]: 'beta-bot' is the slug of another tool`,
    ],
  ])('%s', (_name, path, text, expected) => {
    const lines = problemLines(withFile(base, F, path, text), F);
    expect(
      lines.some((line) => line.startsWith(expected)),
      `expected a line starting with:\n  ${expected}\ngot:\n  ${lines.join('\n  ')}`,
    ).toBe(true);
  });
});

describe('warnings', () => {
  it('refuses a verdict filed away from the place its fields name, one error per contradicting field', () => {
    const text = '---\ntool: alpha-ai\nreviewer: ann\nround: 2026-01-11\nverdict: ship\n---\nLater.\n';
    expect(problemLines(withFile(base, F, 'verdicts/alpha-ai/2026-01-10/anne.md', text), F)).toEqual([
      `${at('verdicts/alpha-ai/2026-01-10/anne.md')}:3: reviewer: 'ann' contradicts the file's place (file name 'anne'): write \`reviewer: anne\`, or if the file name is the mistake, move the file to verdicts/alpha-ai/2026-01-11/ann.md.`,
      `${at('verdicts/alpha-ai/2026-01-10/anne.md')}:4: round: '2026-01-11' contradicts the file's place (round folder '2026-01-10'): write \`round: 2026-01-10\`, or if the round folder is the mistake, move the file to verdicts/alpha-ai/2026-01-11/ann.md.`,
    ]);
  });

  it('refuses a verdict in a folder verdicts never go in', () => {
    const text = '---\ntool: alpha-ai\nreviewer: ann\nround: 2026-01-11\nverdict: ship\n---\nLater.\n';
    expect(problemLines(withFile(base, F, 'verdicts/misplaced/ann.md', text), F)).toEqual([
      `${at('verdicts/misplaced/ann.md')}: unexpected file: files in verdicts/ go in verdicts/<tool>/<YYYY-MM-DD>/<reviewer>.md; move it there (sub-folders are not read).`,
    ]);
  });

  it('flags facts verified more than 180 days ago without failing', () => {
    const lines = problemLines(base, F, '2026-08-01');
    expect(lines).toEqual([
      `${at('tools/alpha-ai.md')}:10: warning: verified: facts were last verified 208 days ago (over 180): re-check them and update the date.`,
      `${at('tools/beta-bot.md')}:10: warning: verified: facts were last verified 208 days ago (over 180): re-check them and update the date.`,
    ]);
  });
});

describe('review rounds', () => {
  const round2 = (reviewer: string, verdict: string) =>
    withFile(
      [],
      F,
      `verdicts/alpha-ai/2026-03-01/${reviewer}.md`,
      `---\ntool: alpha-ai\nreviewer: ${reviewer}\nround: 2026-03-01\nverdict: ${verdict}\n---\nLater ${reviewer}.\n`,
    );
  const files = [
    ...base,
    ...round2('ann', 'skip'),
    ...round2('bo', 'skip'),
    ...withFile(
      [],
      F,
      'rounds/alpha-ai/2026-03-01.md',
      '---\ntool: alpha-ai\ndate: 2026-03-01\ntagline: Drafts, now with voice\n---\nAlpha AI now also talks.\n',
    ),
    ...withFile([], F, 'comparisons/beta-bot-vs-gamma.md', ''),
  ].filter((f) => !f.path.endsWith('beta-bot-vs-gamma.md'));

  it('a comparison keeps the round that was current on its publish date', () => {
    const site = siteOf(files, F, '2026-04-01');
    const comparison = site.comparisons[0];
    expect(comparison?.a.read.round).toBe('2026-01-10');
    expect(comparison?.a.read.tagline).toBe('Drafts that sound like you');
    expect(comparison?.a.read.shipPercent).toBe(100);
  });

  it('the tool page shows the latest round with its own tagline and description', () => {
    const latest = siteOf(files, F, '2026-04-01').latestReads.get('alpha-ai');
    expect(latest).toMatchObject({
      round: '2026-03-01',
      tagline: 'Drafts, now with voice',
      descriptionText: 'Alpha AI now also talks.',
      shipPercent: 0,
    });
  });

  it('a comparison can pin a round explicitly', () => {
    const pinned = withFile(
      files,
      F,
      'comparisons/alpha-ai-vs-beta-bot.md',
      '---\ntools: [alpha-ai, beta-bot]\npublished: 2026-03-05\nrounds:\n  alpha-ai: 2026-01-10\n---\n',
    );
    expect(siteOf(pinned, F, '2026-04-01').comparisons[0]?.a.read.round).toBe('2026-01-10');
  });

  it('a pin to a round without verdicts is an error', () => {
    const pinned = withFile(
      files,
      F,
      'comparisons/alpha-ai-vs-beta-bot.md',
      '---\ntools: [alpha-ai, beta-bot]\npublished: 2026-03-05\nrounds:\n  alpha-ai: 2026-02-01\n---\n',
    );
    expect(problemLines(pinned, F, '2026-04-01')).toContain(
      `${at('comparisons/alpha-ai-vs-beta-bot.md')}:5: rounds.alpha-ai: alpha-ai has no verdicts in round 2026-02-01. Its rounds: 2026-01-10, 2026-03-01.`,
    );
  });
});
