/**
 * `npm run fields`: rewrites the generated sections of CONTRIBUTING.md: the field reference (from
 * the Zod schemas) and the panel and categories (from the reviewers in content/ and the vocabulary).
 * `--check` changes nothing and exits 1 when the committed sections are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fieldReference, spliceFieldReference } from '../src/core/editor-docs/field-reference.ts';
import { spliceGenerated } from '../src/core/editor-docs/generated-section.ts';
import { PANEL_END, PANEL_START, panelAndCategories } from '../src/core/editor-docs/panel-and-categories.ts';
import { validateContentDir } from '../src/fs/validate-dir.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    file: { type: 'string', default: 'CONTRIBUTING.md' },
    content: { type: 'string', default: 'content' },
  },
});
const current = readFileSync(values.file, 'utf8');
const reviewers = validateContentDir(values.content).entries.reviewers.map(({ id, data }) => ({
  slug: id,
  name: data.name,
  lens: data.lens,
  order: data.order,
}));
let next: string;
try {
  next = spliceGenerated(
    spliceFieldReference(current, fieldReference()),
    PANEL_START,
    PANEL_END,
    panelAndCategories(reviewers),
  );
} catch (error) {
  console.error(`${values.file}: ${(error as Error).message}`);
  process.exit(1);
}
if (current === next) {
  console.log(`${values.file}: generated sections are up to date.`);
} else if (values.check) {
  console.error(
    `${values.file}: generated sections are out of date: run \`npm run fields\` and commit the result.`,
  );
  process.exit(1);
} else {
  writeFileSync(values.file, next);
  console.log(`${values.file}: generated sections rewritten.`);
}
