/**
 * `npm run fields`: rewrites the field reference in CONTRIBUTING.md from the Zod schemas.
 * `--check` changes nothing and exits 1 when the committed reference is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fieldReference, spliceFieldReference } from '../src/core/field-reference.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    file: { type: 'string', default: 'CONTRIBUTING.md' },
  },
});
const current = readFileSync(values.file, 'utf8');
let next: string;
try {
  next = spliceFieldReference(current, fieldReference());
} catch (error) {
  console.error(`${values.file}: ${(error as Error).message}`);
  process.exit(1);
}
if (current === next) {
  console.log(`${values.file}: field reference is up to date.`);
} else if (values.check) {
  console.error(
    `${values.file}: field reference is out of date: run \`npm run fields\` and commit the result.`,
  );
  process.exit(1);
} else {
  writeFileSync(values.file, next);
  console.log(`${values.file}: field reference rewritten.`);
}
