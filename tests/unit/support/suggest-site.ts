/**
 * Tiny sites for the suggestion index's tests: the minimal fixture's panel (two reviewers) with
 * tools and comparisons described in a line each, built by the real loader, so every row and
 * figure the tests pin comes from content as an editor would write it.
 */
import type { Site } from '../../../src/core/model.ts';
import type { SourceFile } from '../../../src/core/content/source.ts';
import { loadFixture, siteOf } from './content.ts';

const FIXTURE = 'minimal';
const ROOT = `tests/fixtures/${FIXTURE}`;
const ROUND = '2026-01-10';

/** A tool in one line: its calls from the two reviewers (none: not reviewed yet). */
export interface ToolSpec {
  slug: string;
  name: string;
  category?: string;
  calls?: ('ship' | 'skip')[];
  aliases?: string[];
  discontinued?: boolean;
}

function toolFile(t: ToolSpec): SourceFile {
  const lines = [
    '---',
    `name: ${JSON.stringify(t.name)}`,
    `category: ${t.category ?? 'Writing'}`,
    'tagline: A tool for tests',
    'entryPrice: Free',
    'pricingNote: Free.',
    'vendor: Test Labs',
    `website: https://${t.slug}.example.com/`,
    'license: MIT',
    'verified: 2026-01-05',
    ...(t.aliases ? [`aliases: [${t.aliases.join(', ')}]`] : []),
    ...(t.discontinued ? ['status: discontinued'] : []),
    '---',
    `${t.name} is a tool.`,
  ];
  return { path: `${ROOT}/tools/${t.slug}.md`, text: `${lines.join('\n')}\n` };
}

function verdictFiles(t: ToolSpec): SourceFile[] {
  return (t.calls ?? []).map((verdict, i) => {
    const reviewer = i === 0 ? 'ann' : 'bo';
    return {
      path: `${ROOT}/verdicts/${t.slug}/${ROUND}/${reviewer}.md`,
      text: `---\ntool: ${t.slug}\nreviewer: ${reviewer}\nround: ${ROUND}\nverdict: ${verdict}\n---\n${reviewer} on ${t.slug}.\n`,
    };
  });
}

/** A site of the minimal fixture's reviewers with these tools and comparisons (`[a, b]` slugs). */
export function suggestSite(tools: readonly ToolSpec[], comparisons: readonly [string, string][]): Site {
  const panel = loadFixture(FIXTURE).filter((f) => f.path.startsWith(`${ROOT}/reviewers/`));
  const files: SourceFile[] = [
    ...panel,
    ...tools.flatMap((t) => [toolFile(t), ...verdictFiles(t)]),
    ...comparisons.map(([a, b]) => ({
      path: `${ROOT}/comparisons/${a}-vs-${b}.md`,
      text: `---\ntools: [${a}, ${b}]\npublished: 2026-01-20\n---\n`,
    })),
  ];
  return siteOf(files, FIXTURE);
}

/** The tools most suggestion tests use: names that share words, an old name, a misspelling target. */
export const TOOLS: ToolSpec[] = [
  {
    slug: 'perplexity-sonar-pro',
    name: 'Perplexity Sonar Pro',
    category: 'Research',
    calls: ['ship', 'ship'],
  },
  {
    slug: 'perplexity-deep-research',
    name: 'Perplexity Deep Research',
    category: 'Research',
    calls: ['ship', 'skip'],
  },
  {
    slug: 'smolvlm2-2b',
    name: 'SmolVLM2-2B',
    category: 'Image & Video',
    calls: ['skip', 'skip'],
    aliases: ['smolvlm-2b'],
  },
  { slug: 'quill-writer', name: 'Quill Writer', calls: [] },
  {
    slug: 'sable-notes',
    name: 'Sable Notes 2',
    category: 'Productivity',
    calls: ['ship', 'skip'],
    discontinued: true,
  },
];

/** Published pairs among TOOLS. */
export const PAIRS: [string, string][] = [
  ['smolvlm2-2b', 'perplexity-sonar-pro'],
  ['perplexity-deep-research', 'smolvlm2-2b'],
];
