/**
 * `npm run validate -- [content-dir]`: checks every content file and prints every problem as
 * `file:line: field: message`. Exits 1 on any error, 0 otherwise (warnings are printed only).
 * Under GitHub Actions it also prints `::error` annotations so problems show on the diff.
 */
import { parseArgs } from 'node:util';
import { oneLine } from '../src/core/messages/one-line.ts';
import { formatGithubAnnotation, formatProblem } from '../src/core/messages/problems.ts';
import { validateContentDir } from '../src/fs/validate-dir.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { today: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});

// The exit status is set, never forced with process.exit(): the process ends once every line
// written to a pipe has been read, however slow the reader (`validate | less`, CI log capture).
process.exitCode = run();

function run(): number {
  const dir = positionals[0] ?? process.env['CONTENT_DIR'] ?? 'content';
  const started = performance.now();
  let result;
  try {
    result = validateContentDir(dir, values.today);
  } catch (error) {
    console.error(`validate: ${oneLine((error as Error).message)}`);
    return 1;
  }
  const { problems, entries, ok, fileCount } = result;
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
      ? `✓ ${fileCount} files valid (${counts})${warnings ? `, ${warnings} warning(s)` : ''} in ${ms} ms`
      : `✗ ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''} in ${fileCount} files (${ms} ms)`;
    (ok ? console.log : console.error)(summary);
  }
  return ok ? 0 : 1;
}
