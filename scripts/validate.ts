/**
 * `npm run validate -- [content-dir]`: checks every content file and prints every problem as
 * `file:line: field: message`. Exits 1 on any error, 0 otherwise (warnings are printed only).
 * Under GitHub Actions it also prints `::error` annotations so problems show on the diff.
 */
import { normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso, validateContent } from '../src/core/content.ts';
import { formatGithubAnnotation, formatProblem } from '../src/core/problems.ts';
import { readContentDir, toPosix } from '../src/fs/read-content.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { today: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});
const dir = positionals[0] ?? process.env['CONTENT_DIR'] ?? 'content';
const started = performance.now();

let files;
try {
  files = readContentDir(dir);
} catch (error) {
  console.error(`validate: ${(error as Error).message}`);
  process.exit(1);
}
const root = toPosix(normalize(dir));
const { problems, entries, ok } = validateContent(files, root, { today: values.today ?? todayIso() });
const annotate = process.env['GITHUB_ACTIONS'] === 'true';

for (const problem of problems) {
  const line = formatProblem(problem);
  if (problem.severity === 'error') console.error(line);
  else console.warn(line);
  if (annotate) console.log(formatGithubAnnotation(problem));
}

const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const counts = `${entries.tools.length} tools, ${entries.reviewers.length} reviewers, ${entries.verdicts.length} verdicts, ${entries.comparisons.length} comparisons`;
const ms = Math.round(performance.now() - started);
if (!values.quiet || !ok) {
  const summary = ok
    ? `✓ ${files.length} files valid (${counts})${warnings ? `, ${warnings} warning(s)` : ''} in ${ms} ms`
    : `✗ ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''} in ${files.length} files (${ms} ms)`;
  (ok ? console.log : console.error)(summary);
}
process.exit(ok ? 0 : 1);
