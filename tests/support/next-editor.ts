/**
 * What the next editor adds to a content folder, made the way CONTRIBUTING.md tells them to:
 * `npm run new` writes two tools, a review round of each with a verdict from every reviewer and
 * their comparison, all dated today, and every placeholder is then filled with a valid value. The
 * first tool keeps an old slug from a rename, and so does the comparison; a community count for the
 * comparison is added as `npm run votes:export` writes one. Tests that hold for any valid content run
 * on the result, so tools an editor adds can never turn them red.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSite, todayIso } from '../../src/core/content.ts';
import { renderMarkdown } from '../../src/core/content/markdown.ts';
import { slugify } from '../../src/core/content/slug.ts';
import { CATEGORIES, ENTRY_PRICES, type Category } from '../../src/core/vocabulary.ts';
import { readContentDir, toPosix } from '../../src/fs/read-content.ts';
import { PROJECT_ROOT } from './paths.ts';

/** What was added, for the tests that look at it. */
export interface NextEditorAdditions {
  /** The day the files are dated (the clock's, as `npm run new` stamps it). */
  today: string;
  /** The two added tools (slug and name), in the comparison's order, and their category. */
  tools: { slug: string; name: string }[];
  category: Category;
  /** The comparison's slug. */
  comparison: string;
  /** The old slugs the first tool and the comparison keep from a rename, as `aliases`. */
  retired: { tool: string; comparison: string };
  /** Every file written, relative to the content folder. */
  files: string[];
}

/** The added tools' names; a number is appended while a tool of that slug exists. */
const NAMES = ['Quillfeather Relay', 'Lanternfish Ledger'] as const;

/**
 * Adds two tools, a review round of each and their comparison, all dated today, plus the
 * comparison's community count, to `contentDir`. Both tools go into the category with the fewest
 * tools, so the additions change as few existing pages as they can and an incremental build has
 * pages to reuse.
 */
export function addNextEditorContent(contentDir: string): NextEditorAdditions {
  const today = todayIso();
  const files: string[] = [];
  const category = leastUsedCategory(contentDir, today);
  const tools = NAMES.map((name) => addReviewedTool(contentDir, name, category, files));
  const [a, b] = tools.map((tool) => tool.slug);
  const [comparisonFile] = newFiles(contentDir, ['comparison', a ?? '', b ?? ''], files);
  const comparison = (comparisonFile ?? '').replace(/^comparisons\//, '').replace(/\.md$/, '');
  // The first tool was announced under another name and renamed since (CONTRIBUTING.md, section 5).
  const retired = { tool: `${a ?? ''}-preview`, comparison: `${a ?? ''}-preview-vs-${b ?? ''}` };
  setField(contentDir, `tools/${a ?? ''}.md`, 'aliases', `[${retired.tool}]`);
  setField(contentDir, comparisonFile, 'aliases', `[${retired.comparison}]`);
  // Enough votes to show a percentage at the default sample size, one side ahead of the other.
  const votes = `votes/${comparison}.yaml`;
  mkdirSync(join(contentDir, 'votes'), { recursive: true });
  writeFileSync(
    join(contentDir, votes),
    `${a ?? ''}: { ship: 17, skip: 4 }\n${b ?? ''}: { ship: 9, skip: 12 }\n`,
  );
  files.push(votes);
  return { today, tools, category, comparison, retired, files };
}

/** Writes a tool and a review round with `npm run new`, then fills in their placeholders. */
function addReviewedTool(
  contentDir: string,
  baseName: string,
  category: Category,
  files: string[],
): { slug: string; name: string } {
  let name: string = baseName;
  for (let n = 2; existsSync(join(contentDir, 'tools', `${slugify(name)}.md`)); n++)
    name = `${baseName} ${n}`;
  const slug = slugify(name);
  const [toolFile] = newFiles(contentDir, ['tool', name], files);
  fill(contentDir, toolFile, {
    category,
    tagline: `Keeps review notes between ${name} users and their editors`,
    entryPrice: ENTRY_PRICES[1],
    pricingNote: 'Free for one editor; teams pay per seat each month.',
    vendor: `${name} Labs`,
    website: `https://example.com/${slug}`,
    license: 'Proprietary',
  });
  append(contentDir, toolFile, `${name} keeps notes between writers and editors, for a test.\n`);
  newFiles(contentDir, ['round', slug], files).forEach((verdict, i) => {
    fill(contentDir, verdict, { verdict: i % 2 === 0 ? 'ship' : 'skip' });
    append(contentDir, verdict, `A generated quote on ${name}, verdict number ${i + 1}.\n`);
  });
  return { slug, name };
}

/** The category with the fewest tools (the first in the site's order among equals). */
function leastUsedCategory(contentDir: string, today: string): Category {
  const { site } = createSite(readContentDir(contentDir), toPosix(contentDir), {
    today,
    render: renderMarkdown,
  });
  const tools = [...(site?.tools.values() ?? [])];
  const count = (category: Category) => tools.filter((t) => t.category === category).length;
  return [...CATEGORIES].sort((x, y) => count(x) - count(y))[0] ?? CATEGORIES[0];
}

/** Runs `npm run new -- <args>` on the folder; returns the files it created, relative to it. */
function newFiles(contentDir: string, args: string[], files: string[]): string[] {
  const run = spawnSync('npm', ['run', '--silent', 'new', '--', ...args, '--content', contentDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`npm run new -- ${args.join(' ')} failed (exit ${String(run.status)}):\n${run.stderr}`);
  }
  const created = [...run.stdout.matchAll(/^created (.+)$/gm)].map((m) =>
    toPosix(m[1] ?? '').slice(toPosix(contentDir).length + 1),
  );
  if (created.length === 0)
    throw new Error(`npm run new -- ${args.join(' ')} created nothing:\n${run.stdout}`);
  files.push(...created);
  return created;
}

/** Replaces each named field's placeholder line with its value. */
function fill(contentDir: string, file: string | undefined, values: Record<string, string>): void {
  const path = join(contentDir, file ?? '');
  let text = readFileSync(path, 'utf8');
  for (const [field, value] of Object.entries(values)) {
    const line = new RegExp(`^${field}:.*$`, 'm');
    if (!line.test(text)) throw new Error(`${file ?? ''}: no ${field} line to fill in`);
    text = text.replace(line, `${field}: ${JSON.stringify(value)}`);
  }
  writeFileSync(path, text);
}

/** Sets a front-matter field, adding it before the closing `---` when the file has none. */
function setField(contentDir: string, file: string | undefined, field: string, value: string): void {
  const path = join(contentDir, file ?? '');
  const text = readFileSync(path, 'utf8');
  const line = new RegExp(`^${field}:.*$`, 'm');
  const closing = text.indexOf('\n---', 3);
  if (closing < 0) throw new Error(`${file ?? ''}: no front matter to add ${field} to`);
  writeFileSync(
    path,
    line.test(text)
      ? text.replace(line, `${field}: ${value}`)
      : `${text.slice(0, closing)}\n${field}: ${value}${text.slice(closing)}`,
  );
}

/** Writes a body below the closing `---`. */
function append(contentDir: string, file: string | undefined, body: string): void {
  const path = join(contentDir, file ?? '');
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n${body}`);
}
