/**
 * `npm run changes -- --base <git ref> [--head <git ref>] [--markdown] [--today YYYY-MM-DD] [--content <dir>]`:
 * what a change publishes. Builds the site data from the content folder at `--base` and from the
 * working tree's (or `--head`'s), as of the same day, and prints the pages added and removed, the
 * figures that move with their basis, verdict flips, new tools and categories, page updates,
 * redirects and warnings: plain text for a terminal, Markdown for a job summary (`--markdown`).
 * Exits 0 when the head content validates, 1 when it does not (its problems are the report), and
 * 2 when the command itself cannot run (a bad option, a ref git does not know).
 */
import { normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, PUBLIC_DIR } from '../src/config.ts';
import { contentChanges, type ContentSide } from '../src/core/changes/content-changes.ts';
import { formatMarkdown, formatText } from '../src/core/changes/format.ts';
import { changesReport } from '../src/core/changes/report.ts';
import { todayIso } from '../src/core/content.ts';
import { oneLine } from '../src/core/messages/one-line.ts';
import { GitError, readContentAtCommit, resolveCommit } from '../src/fs/git-content.ts';
import { publicFiles } from '../src/fs/public-files.ts';
import { readContentDir, toPosix } from '../src/fs/read-content.ts';

const USAGE =
  'usage: npm run changes -- --base <git ref> [--head <git ref>] [--markdown] [--today YYYY-MM-DD] [--content <dir>]';

// The exit status is set, never forced: the process ends once a slow reader has read every line.
process.exitCode = main();

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        markdown: { type: 'boolean', default: false },
        today: { type: 'string' },
        content: { type: 'string' },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (!values.base)
    return usage('--base is required: the git ref the change is compared with, e.g. origin/main.');
  const today = values.today ?? todayIso();
  if (!isIsoDate(today)) return usage(`--today must be a date written YYYY-MM-DD, got '${today}'.`);
  const dir = values.content ?? CONTENT_DIR;
  const root = toPosix(normalize(dir));

  try {
    const base = { ref: values.base, commit: resolveCommit(values.base) };
    const head = values.head === undefined ? null : { ref: values.head, commit: resolveCommit(values.head) };
    const baseSide: ContentSide = { files: readContentAtCommit(base.commit, dir) ?? [], root };
    const headSide: ContentSide = head
      ? { files: readContentAtCommit(head.commit, dir) ?? [], root }
      : { files: readContentDir(dir), root, publicFile: publicFiles(PUBLIC_DIR) };
    const report = changesReport(contentChanges(baseSide, headSide, today), { base, head });
    process.stdout.write(values.markdown ? formatMarkdown(report) : formatText(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof GitError) && !/content folder not found/.test((error as Error).message))
      throw error;
    console.error(`changes: ${oneLine((error as Error).message)}`);
    return 2;
  }
}

function usage(message: string): number {
  console.error(`changes: ${oneLine(message)}\n${USAGE}`);
  return 2;
}

// A calendar date: `2026-02-30` parses (as 2 March) but does not survive the round trip.
function isIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  );
}
