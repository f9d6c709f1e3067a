/**
 * Skeleton content files for `npm run new`. Placeholders are written so that validation fails,
 * naming each field still to fill, until an editor has replaced them. Anything else validation
 * would refuse in a skeleton (a look-alike name, a self-comparison, an impossible date, an
 * unknown tool) is found by the same checks before a file is written.
 */
import { validateContent } from '../content.ts';
import type { Problem } from '../messages/problems.ts';
import { comparisonSlug } from './content-index.ts';
import { slugify } from './slug.ts';
import type { SourceFile } from './source.ts';
import { CATEGORIES, ENTRY_PRICES } from '../vocabulary.ts';

/** A file to create, relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  text: string;
  /** Fields left for the editor to fill (`body` for the Markdown below the frontmatter). */
  toFill: readonly string[];
}

const TOOL_FIELDS_TO_FILL = ['category', 'tagline', 'entryPrice', 'pricingNote', 'vendor', 'website', 'license', 'body'];
const VERDICT_FIELDS_TO_FILL = ['verdict', 'body'];

/**
 * What validation would refuse in the skeletons once added to the content folder `root`, apart
 * from the fields they leave to fill: errors on the skeletons' own files, as `npm run validate`
 * prints them. Empty when the skeletons may be written.
 */
export function scaffoldRefusals(
  files: readonly SourceFile[],
  root: string,
  scaffolded: readonly ScaffoldFile[],
  today: string,
): Problem[] {
  const added = new Map(scaffolded.map((file) => [`${root}/${file.path}`, file]));
  const all = [...files.filter((file) => !added.has(file.path)), ...[...added].map(([path, { text }]) => ({ path, text }))];
  return validateContent(all, root, { today }).problems.filter((problem) => {
    const file = added.get(problem.file);
    if (problem.severity !== 'error' || !file) return false;
    return !file.toFill.some((field) => problem.field === field || problem.field?.startsWith(`${field}.`));
  });
}

/** Skeleton of a new tool, slugged from its name. */
export function scaffoldTool(name: string, today: string): ScaffoldFile {
  const slug = slugify(name);
  return {
    path: `tools/${slug}.md`,
    text: `---
name: ${quote(name)}
# One of: ${CATEGORIES.join(', ')}
category: TODO
tagline: TODO one line saying what ${name} is
# One of: ${ENTRY_PRICES.join(', ')}
entryPrice: TODO
pricingNote: TODO what it costs, in one or two sentences
vendor: TODO
website: TODO https://…
license: TODO
status: active
verified: ${today}
---
`,
    toFill: TOOL_FIELDS_TO_FILL,
  };
}

/** Skeletons of one review round of a tool: one verdict file per reviewer, quotes left empty. */
export function scaffoldRound(tool: string, date: string, reviewers: readonly string[]): ScaffoldFile[] {
  return reviewers.map((reviewer) => ({
    path: `verdicts/${tool}/${date}/${reviewer}.md`,
    text: `---
tool: ${tool}
reviewer: ${reviewer}
round: ${date}
# ship or skip
verdict: TODO
---
`,
    toFill: VERDICT_FIELDS_TO_FILL,
  }));
}

/** Skeleton of a comparison of two tools. */
export function scaffoldComparison(a: string, b: string, published: string): ScaffoldFile {
  return {
    path: `comparisons/${comparisonSlug(a, b)}.md`,
    text: `---
tools: [${a}, ${b}]
published: ${published}
---
`,
    toFill: [],
  };
}

// Names with YAML-significant characters must be quoted to stay strings.
function quote(value: string): string {
  return /^[\w][\w .()+-]*$/.test(value) && !/^(true|false|null|yes|no|\d+)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
