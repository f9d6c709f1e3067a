/**
 * `npm run check:html -- [dist]`: the W3C Nu HTML Checker over every page of a built site (default
 * `dist/`; run `npm run build` first). Prints each error as `file:line: message` and exits 1 on any.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkHtml, formatHtmlFinding, htmlFiles } from './lib/html-check.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`check:html: no build in ${dist}/; run \`npm run build\` first.`);
  process.exit(2);
}
const files = htmlFiles(dist);
let findings;
try {
  findings = checkHtml(files, dist);
} catch (error) {
  console.error(`check:html: ${(error as Error).message}`);
  process.exit(2);
}
for (const finding of findings) console.error(formatHtmlFinding(finding));
const summary = `check:html: ${files.length} pages, ${findings.length} error${findings.length === 1 ? '' : 's'}`;
if (findings.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
