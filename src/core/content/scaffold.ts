/**
 * Skeleton content files for `npm run new`. Placeholders are written so that validation fails,
 * naming each field still to fill, until an editor has replaced them.
 */
import { comparisonSlug } from './content-index.ts';
import { slugify } from './slug.ts';
import { CATEGORIES, ENTRY_PRICES } from '../vocabulary.ts';

/** A file to create, relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  text: string;
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
  };
}

// Names with YAML-significant characters must be quoted to stay strings.
function quote(value: string): string {
  return /^[\w][\w .()+-]*$/.test(value) && !/^(true|false|null|yes|no|\d+)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
