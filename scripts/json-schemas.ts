/**
 * `npm run schemas`: writes a JSON Schema per content kind from the Zod schemas, so editors
 * get completion and inline errors, and `--check` fails when the committed files are stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemas } from '../src/core/editor-docs/json-schema.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, out: { type: 'string' } },
});
const outDir = values.out ?? join('content', '.schemas');
const stale: string[] = [];
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(outDir, `${name}.schema.json`);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (current === text) continue;
  if (values.check) stale.push(file);
  else writeFileSync(file, text);
}
if (stale.length) {
  console.error(`${stale.join(', ')} out of date: run \`npm run schemas\` and commit the result.`);
  process.exit(1);
}
console.log(values.check ? 'JSON Schemas are up to date.' : `JSON Schemas written to ${outDir}.`);
