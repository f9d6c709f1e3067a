/**
 * `npm run validate -- [content-dir]`: checks every content file and prints every problem as
 * `file:line: field: message`. Exits 1 on any error, 0 otherwise (warnings, and notices such as
 * a comparison scheduled for a later day, are printed only). `--today YYYY-MM-DD` validates as of
 * another day (default: BUILD_DATE, else today).
 * Under GitHub Actions it also prints `::error` annotations so problems show on the diff.
 */
import { parseArgs } from 'node:util';
import { oneLine } from '../src/core/messages/one-line.ts';
import { formatGithubAnnotation, formatProblem } from '../src/core/messages/problems.ts';
import { buildDay } from '../src/fs/build-day.ts';
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
    const today = values.today === undefined ? buildDay() : buildDay(values.today, '--today');
    result = validateContentDir(dir, today);
  } catch (error) {
    console.error(`validate: ${oneLine((error as Error).message)}`);
    return 1;
  }
  const { problems, entries, ok, fileCount } = result;
  const annotate = process.env['GITHUB_ACTIONS'] === 'true';

  for (const problem of problems) {
    const print = { error: console.error, warning: console.warn, notice: console.log }[problem.severity];
    print(formatProblem(problem));
    if (annotate) console.log(formatGithubAnnotation(problem));
  }

  const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
  const errors = count('error');
  const also = [
    [count('warning'), 'warning(s)'],
    [count('notice'), 'notice(s)'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, what]) => `, ${n} ${what}`)
    .join('');
  const counts = `${entries.tools.length} tools, ${entries.reviewers.length} reviewers, ${entries.verdicts.length} verdicts, ${entries.comparisons.length} comparisons`;
  const ms = Math.round(performance.now() - started);
  if (!values.quiet || !ok) {
    const summary = ok
      ? `✓ ${fileCount} files valid (${counts})${also} in ${ms} ms`
      : `✗ ${errors} error(s)${also} in ${fileCount} files (${ms} ms)`;
    (ok ? console.log : console.error)(summary);
  }
  return ok ? 0 : 1;
}
