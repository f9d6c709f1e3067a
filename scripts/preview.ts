/**
 * `npm run preview -- <tool-a> <tool-b>`: shows how a comparison of two tools would look before
 * its file exists. Builds the site from a temp copy of the content with the pair published today,
 * serves it and prints the page URL. `--no-serve` only builds and prints the page's file.
 * Without a pair, previews the content folder as it is.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/config.ts';
import { todayIso } from '../src/core/content.ts';
import { formatProblem } from '../src/core/messages/problems.ts';
import { buildPreview, preparePreview } from '../src/build/preview-site.ts';
import { startServer } from '../src/server/static/static-server.ts';

const USAGE = `usage: npm run preview -- [<tool-a> <tool-b>] [--no-serve] [--content <dir>] [--port <n>] [--today YYYY-MM-DD]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      serve: { type: 'boolean', default: true },
      content: { type: 'string' },
      port: { type: 'string', default: '0' },
      today: { type: 'string' },
      out: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { positionals, values } = parsed;
if (positionals.length !== 0 && positionals.length !== 2) fail(USAGE);
const pair = positionals.length === 2 ? ([positionals[0], positionals[1]] as [string, string]) : undefined;

const prepared = preparePreview({
  contentDir: values.content ?? CONTENT_DIR,
  today: values.today ?? todayIso(),
  ...(pair ? { pair } : {}),
  ...(values.out ? { workDir: values.out } : {}),
});
for (const problem of prepared.problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}
if (!prepared.ok) {
  fail(
    `✗ ${pair ? `${pair[0]} vs ${pair[1]} cannot be previewed` : 'the content cannot be previewed'}: fix the problems above.` +
      (prepared.added ? ' (The comparison file is the one the preview adds, published today.)' : ''),
  );
}

try {
  buildPreview(prepared);
} catch (error) {
  fail(`preview build failed: ${(error as Error).message}`);
}

const page = prepared.pagePath ?? '/';
if (!values.serve) {
  console.log(join(prepared.outDir, page, 'index.html'));
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got "${values.port}"`);
const server = await startServer({ dir: prepared.outDir, port });
console.log(`Preview of ${page} at ${new URL(page.slice(1), server.url).href}`);
console.log('Press Ctrl+C to stop.');
const stop = (): void => {
  void server.close().then(() => {
    // A temp folder made for this run goes with it; one named with --out is the editor's to keep.
    if (!values.out) rmSync(prepared.workDir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
