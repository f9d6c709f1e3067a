/**
 * "What this change publishes" on pairs of tiny content folders: the minimal fixture before, a copy
 * changed in memory after. Each kind of change is one row; the report is read line by line as an
 * editor reads it in a terminal, and as Markdown the way GitHub renders a job summary.
 */
import { describe, expect, it } from 'vitest';
import { contentChanges } from '../../src/core/changes/content-changes.ts';
import { formatMarkdown, formatText } from '../../src/core/changes/format.ts';
import { changesReport, MAX_LINES, type Report } from '../../src/core/changes/report.ts';
import type { SourceFile } from '../../src/core/content/source.ts';
import { loadFixture, TODAY } from './support/content.ts';
import { disguisedLinks, markupTypes } from './support/markdown-tree.ts';

const FIXTURE = 'minimal';
const ROOT = `tests/fixtures/${FIXTURE}`;
const BASE = loadFixture(FIXTURE);
const LABELS = { base: { ref: 'main', commit: 'a'.repeat(40) }, head: null };

type Files = readonly SourceFile[];

/** The files with some written (path relative to the fixture, text) and some removed (`null`). */
function change(files: Files, edits: Record<string, string | null>): SourceFile[] {
  const paths = new Set(Object.keys(edits).map((path) => `${ROOT}/${path}`));
  const kept = files.filter((file) => !paths.has(file.path));
  const written = Object.entries(edits).flatMap(([path, text]) =>
    text === null ? [] : [{ path: `${ROOT}/${path}`, text }],
  );
  return [...kept, ...written];
}

/** The text of a fixture file. */
function text(path: string): string {
  const file = BASE.find((f) => f.path === `${ROOT}/${path}`);
  if (!file) throw new Error(`no ${path} in the fixture`);
  return file.text;
}

function toolFile(slug: string, name: string, category = 'Writing', extra = ''): string {
  return `---\nname: ${name}\ncategory: ${category}\ntagline: A tool\nentryPrice: Free\npricingNote: Free.\nvendor: V\nwebsite: https://${slug}.example.com/\nlicense: MIT\nverified: 2026-01-20\n${extra}---\nWhat it does.\n`;
}

function verdictFile(tool: string, reviewer: string, round: string, verdict: 'ship' | 'skip'): string {
  return `---\ntool: ${tool}\nreviewer: ${reviewer}\nround: ${round}\nverdict: ${verdict}\n---\n${reviewer} on ${tool} in ${round}.\n`;
}

/** A full round of the two fixture reviewers on a tool. */
function round(
  tool: string,
  date: string,
  ann: 'ship' | 'skip',
  bo: 'ship' | 'skip',
): Record<string, string> {
  return {
    [`verdicts/${tool}/${date}/ann.md`]: verdictFile(tool, 'ann', date, ann),
    [`verdicts/${tool}/${date}/bo.md`]: verdictFile(tool, 'bo', date, bo),
  };
}

function report(head: Files, options: { base?: Files; today?: string } = {}): Report {
  const result = contentChanges(
    { files: options.base ?? BASE, root: ROOT },
    { files: head, root: ROOT },
    options.today ?? TODAY,
  );
  return changesReport(result, LABELS);
}

/** Each section of the text report (the blocks after the title and intro) as its title and its lines. */
function sections(r: Report): Record<string, string[]> {
  const blocks = formatText(r).trimEnd().split('\n\n').slice(1);
  return Object.fromEntries(
    blocks.map((block) => {
      const [title = '', ...lines] = block.split('\n');
      return [title, lines.map((line) => line.trim())];
    }),
  );
}

const RENAMED = (() => {
  const edits: Record<string, string | null> = {
    'tools/alpha-ai.md': null,
    'tools/alpha-writer.md': text('tools/alpha-ai.md').replace(
      '---\nAlpha',
      'aliases: [alpha-ai]\n---\nAlpha',
    ),
    'comparisons/alpha-ai-vs-beta-bot.md': null,
    'comparisons/alpha-writer-vs-beta-bot.md':
      '---\ntools: [alpha-writer, beta-bot]\npublished: 2026-01-12\naliases: [alpha-ai-vs-beta-bot]\n---\n',
    'votes/alpha-ai-vs-beta-bot.yaml': null,
    'votes/alpha-writer-vs-beta-bot.yaml': 'alpha-writer: { ship: 2, skip: 1 }\n',
  };
  for (const reviewer of ['ann', 'bo']) {
    const path = `verdicts/alpha-ai/2026-01-10/${reviewer}.md`;
    edits[path] = null;
    edits[path.replace('alpha-ai', 'alpha-writer')] = text(path).replace(
      'tool: alpha-ai',
      'tool: alpha-writer',
    );
  }
  return change(BASE, edits);
})();

const CASES: [string, Files, Record<string, string[]>][] = [
  ['no change', BASE, {}],
  [
    'a new tool in a new category, with its round and a comparison',
    change(BASE, {
      'tools/gamma-scribe.md': toolFile('gamma-scribe', 'Gamma Scribe', 'Research'),
      ...round('gamma-scribe', '2026-01-20', 'ship', 'skip'),
      'comparisons/gamma-scribe-vs-alpha-ai.md':
        '---\ntools: [gamma-scribe, alpha-ai]\npublished: 2026-01-25\n---\n',
    }),
    {
      'New pages (3)': [
        'comparison /compare/gamma-scribe-vs-alpha-ai/ Gamma Scribe vs Alpha AI',
        'tool /tools/gamma-scribe/ Gamma Scribe',
        'category /categories/research/ Research',
      ],
      'New tools (1)': [
        'Gamma Scribe /tools/gamma-scribe/: Research, Free; panel 50% (1 of 2 reviewers ship it, panel read of 20 January 2026)',
      ],
      'New categories (1)': ['Research /categories/research/: 1 tool'],
    },
  ],
  [
    'a new reviewer joining after the last round',
    change(BASE, {
      'reviewers/cy.md':
        '---\nname: The Critic\nmotto: Prove it.\nlens: Quality\norder: 3\nexcitedBy: [Proof]\ntiredOf: [Hype]\njoined: 2026-01-30\n---\nCy reads the fine print.\n',
    }),
    { 'New pages (1)': ['reviewer /reviewers/cy/ The Critic'] },
  ],
  [
    'a comparison taken down',
    change(BASE, { 'comparisons/alpha-ai-vs-beta-bot.md': null, 'votes/alpha-ai-vs-beta-bot.yaml': null }),
    {
      'Removed pages (1)': [
        'comparison /compare/alpha-ai-vs-beta-bot/ Alpha AI vs Beta Bot: no redirect, links to it will break',
      ],
      'Figures that move (1)': ['Alpha AI on /tools/alpha-ai/: community 67% → — (3 votes → 0 votes)'],
    },
  ],
  [
    'a tool and its comparison renamed, the old slugs kept as aliases',
    RENAMED,
    {
      'New pages (2)': [
        'comparison /compare/alpha-writer-vs-beta-bot/ Alpha AI vs Beta Bot, renamed from /compare/alpha-ai-vs-beta-bot/',
        'tool /tools/alpha-writer/ Alpha AI, renamed from /tools/alpha-ai/',
      ],
      'Removed pages (2)': [
        'comparison /compare/alpha-ai-vs-beta-bot/ Alpha AI vs Beta Bot, now redirects to /compare/alpha-writer-vs-beta-bot/',
        'tool /tools/alpha-ai/ Alpha AI, now redirects to /tools/alpha-writer/',
      ],
      'Redirects added (2)': [
        '/compare/alpha-ai-vs-beta-bot/ → /compare/alpha-writer-vs-beta-bot/ (Alpha AI vs Beta Bot)',
        '/tools/alpha-ai/ → /tools/alpha-writer/ (Alpha AI)',
      ],
    },
  ],
  [
    'an alias dropped',
    change(RENAMED, { 'tools/alpha-writer.md': text('tools/alpha-ai.md') }),
    {
      'New pages (2)': [
        'comparison /compare/alpha-writer-vs-beta-bot/ Alpha AI vs Beta Bot, renamed from /compare/alpha-ai-vs-beta-bot/',
        'tool /tools/alpha-writer/ Alpha AI',
      ],
      'Removed pages (2)': [
        'comparison /compare/alpha-ai-vs-beta-bot/ Alpha AI vs Beta Bot, now redirects to /compare/alpha-writer-vs-beta-bot/',
        'tool /tools/alpha-ai/ Alpha AI: no redirect, links to it will break',
      ],
      'New tools (1)': [
        'Alpha AI /tools/alpha-writer/: Writing, Freemium; panel 100% (2 of 2 reviewers ship it, panel read of 10 January 2026)',
      ],
      'Redirects added (1)': [
        '/compare/alpha-ai-vs-beta-bot/ → /compare/alpha-writer-vs-beta-bot/ (Alpha AI vs Beta Bot)',
      ],
    },
  ],
  [
    'a new round in which a reviewer changes their mind',
    change(BASE, round('alpha-ai', '2026-01-20', 'skip', 'ship')),
    {
      'Figures that move (2)': [
        'Alpha AI on /compare/alpha-ai-vs-beta-bot/: re-review note none → 50% (none → 1 of 2 reviewers ship it, panel read of 20 January 2026)',
        'Alpha AI on /tools/alpha-ai/: panel 100% → 50% (2 of 2 reviewers ship it, panel read of 10 January 2026 → 1 of 2 reviewers ship it, panel read of 20 January 2026)',
      ],
      'Verdict flips (1)': [
        'The Tester on Alpha AI /tools/alpha-ai/: ship → skip (panel read of 10 January 2026 → 20 January 2026)',
      ],
    },
  ],
  [
    'a verdict edited in a published round',
    change(BASE, {
      'verdicts/beta-bot/2026-01-10/bo.md': verdictFile('beta-bot', 'bo', '2026-01-10', 'ship'),
    }),
    {
      'Figures that move (2)': [
        'Beta Bot on /compare/alpha-ai-vs-beta-bot/: panel 50% → 100% (1 of 2 reviewers ship it, panel read of 10 January 2026 → 2 of 2 reviewers ship it, panel read of 10 January 2026)',
        'Beta Bot on /tools/beta-bot/: panel 50% → 100% (1 of 2 reviewers ship it, panel read of 10 January 2026 → 2 of 2 reviewers ship it, panel read of 10 January 2026)',
      ],
      'Verdict flips (1)': [
        'The Buyer on Beta Bot /tools/beta-bot/: skip → ship (edited in the panel read of 10 January 2026)',
      ],
      'Updated pages (2)': [
        'comparison /compare/alpha-ai-vs-beta-bot/ Alpha AI vs Beta Bot: quotes',
        'tool /tools/beta-bot/ Beta Bot: quotes',
      ],
    },
  ],
  [
    'new community counts',
    change(BASE, {
      'votes/alpha-ai-vs-beta-bot.yaml': 'alpha-ai: { ship: 8, skip: 2 }\nbeta-bot: { ship: 1, skip: 0 }\n',
    }),
    {
      'Figures that move (4)': [
        'Alpha AI on /compare/alpha-ai-vs-beta-bot/: community 67% → 80% (3 votes → 10 votes)',
        'Beta Bot on /compare/alpha-ai-vs-beta-bot/: community — → 100% (0 votes → 1 vote)',
        'Alpha AI on /tools/alpha-ai/: community 67% → 80% (3 votes → 10 votes)',
        'Beta Bot on /tools/beta-bot/: community — → 100% (0 votes → 1 vote)',
      ],
    },
  ],
  [
    "a tool's facts updated and the tool discontinued",
    change(BASE, {
      'tools/beta-bot.md': text('tools/beta-bot.md')
        .replace('$20 per seat', '$25 per seat')
        .replace('verified: 2026-01-05', 'verified: 2026-01-30\nstatus: discontinued'),
    }),
    {
      'Updated pages (1)': [
        'tool /tools/beta-bot/ Beta Bot: pricingNote, status active → discontinued, verified 2026-01-05 → 2026-01-30',
      ],
    },
  ],
  [
    'a comparison given a headline and a dek',
    change(BASE, {
      'comparisons/alpha-ai-vs-beta-bot.md':
        '---\ntools: [alpha-ai, beta-bot]\npublished: 2026-01-12\nheadline: Which writer?\ndek: Two drafting tools.\n---\n',
    }),
    {
      'Updated pages (1)': [
        'comparison /compare/alpha-ai-vs-beta-bot/ Alpha AI vs Beta Bot: headline Alpha AI vs Beta Bot → Which writer?, dek',
      ],
    },
  ],
  [
    'facts left unchecked for too long',
    change(BASE, {
      'tools/beta-bot.md': text('tools/beta-bot.md').replace('verified: 2026-01-05', 'verified: 2025-06-01'),
    }),
    {
      'Updated pages (1)': ['tool /tools/beta-bot/ Beta Bot: verified 2026-01-05 → 2025-06-01'],
      'Warnings this change brings (1)': [
        `${ROOT}/tools/beta-bot.md:10: warning: verified: facts were last verified 245 days ago (over 180): re-check them and update the date.`,
      ],
    },
  ],
];

describe('what a change publishes', () => {
  it.each(CASES)('%s', (_, head, expected) => {
    expect(sections(report(head))).toEqual(expected);
  });

  it('says so when nothing changes', () => {
    expect(formatText(report(BASE))).toContain('Nothing the site publishes changes');
    expect(formatText(report(CASES[1]![1]))).not.toContain('Nothing the site publishes changes');
  });

  it('keeps warnings the base already had apart from those the change brings', () => {
    const later = '2026-12-01';
    expect(sections(report(BASE, { today: later }))).toEqual({
      'Warnings already on the base (2)': [
        `${ROOT}/tools/alpha-ai.md:10: warning: verified: facts were last verified 330 days ago (over 180): re-check them and update the date.`,
        `${ROOT}/tools/beta-bot.md:10: warning: verified: facts were last verified 330 days ago (over 180): re-check them and update the date.`,
      ],
    });
  });

  it('gives the same report whatever order the files were read in', () => {
    const head = CASES[1]![1];
    expect(formatText(report([...head].reverse(), { base: [...BASE].reverse() }))).toBe(
      formatText(report(head)),
    );
  });

  it('counts what it leaves out of a long list', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_LINES + 10 }, (_, i) => [
        `tools/tool-${i}.md`,
        toolFile(`tool-${i}`, `Tool ${i}`),
      ]),
    );
    const out = sections(report(change(BASE, many)));
    expect(out['New tools (60)']).toHaveLength(MAX_LINES + 1);
    expect(out['New tools (60)']?.at(-1)).toBe('… and 10 more');
  });
});

describe('content that does not validate', () => {
  const broken = change(BASE, {
    'tools/beta-bot.md': text('tools/beta-bot.md').replace('entryPrice: Paid', 'entryPrice: Cheap'),
  });

  it('after the change: the problems are the report, and it is not ok', () => {
    const r = report(broken);
    expect(r.ok).toBe(false);
    expect(formatText(r)).toContain(
      'The content does not validate (1 error), so the change cannot be published.',
    );
    expect(sections(r)['Problems (1)']?.[0]).toMatch(
      new RegExp(`^${ROOT}/tools/beta-bot\\.md:5: entryPrice: 'Cheap' is not allowed\\.`),
    );
  });

  it('before the change: the report says there is nothing to compare with and describes the head', () => {
    const r = report(BASE, { base: broken });
    expect(r.ok).toBe(true);
    expect(formatText(r)).toContain(
      'The base content does not validate (1 error), so there is nothing to compare with. After the change the site publishes 1 comparison, 2 tools, 2 reviewers and 1 category.',
    );
  });
});

describe('hostile names', () => {
  const hostile = change(BASE, {
    'tools/gamma.md': toolFile('gamma', "'[x](javascript:alert(1)) <script>`x`</script> | www.evil.example'"),
    ...round('gamma', '2026-01-20', 'ship', 'ship'),
    'reviewers/bo.md': text('reviewers/bo.md').replace(
      'name: The Buyer',
      "name: '# <img src=x onerror=alert(1)>'",
    ),
  });
  const r = report(hostile);

  it('are plain text in the Markdown report: no link, image, element or block they did not ask for', () => {
    expect(Object.keys(sections(r))).toEqual(['New pages (1)', 'New tools (1)', 'Updated pages (1)']);
    const markdown = formatMarkdown(r);
    expect(markdown).toContain('javascript');
    expect(disguisedLinks(markdown)).toEqual([]);
    expect(markupTypes(markdown)).toEqual(['heading', 'inlineCode']);
  });

  it('stay on their line in the text report', () => {
    const withBreak: Report = {
      ...r,
      sections: [
        { title: 'X', total: 1, lines: [[{ value: 'a\n::error::b\u202E' }, ' ', { path: '/x/\n' }]] },
      ],
    };
    expect(formatText(withBreak).split('\n')).toContain('  a\\n::error::b\\u202E /x/\\n');
  });
});
