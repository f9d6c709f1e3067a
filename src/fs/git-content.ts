/**
 * A content folder as a git commit holds it, read through the same reader as the working tree:
 * the folder's tree is exported with `git archive` into a temporary folder, read with
 * `readContentDir`, and the folder removed. Paths come back as if read from `dir` itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, normalize } from 'node:path';
import type { SourceFile } from '../core/content/source.ts';
import { readContentDir, toPosix } from './read-content.ts';

/** Largest export accepted from git: far above any real content folder, low enough to bound memory. */
const MAX_GIT_OUTPUT_BYTES = 1024 * 1024 * 1024;

/** A git failure, with git's own one-line reason. */
export class GitError extends Error {}

/** The commit a ref names (a branch, tag, `origin/main`, a hash), or a thrown `GitError`. */
export function resolveCommit(ref: string): string {
  // A ref that starts with `-` would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new GitError(`'${ref}' is not a git ref`);
  const run = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const commit = run.stdout.trim();
  if (run.error) throw new GitError(`git could not run: ${run.error.message}`);
  if (run.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    const reason = firstLine(run.stderr);
    throw new GitError(
      reason ||
        `'${ref}' does not name a commit in this repository (a branch of a remote must be fetched first: git fetch origin <branch>)`,
    );
  }
  return commit;
}

/**
 * The files of `dir` (relative to the current folder) at `commit`, with paths as `readContentDir(dir)`
 * gives them; null when the commit has no such folder.
 */
export function readContentAtCommit(commit: string, dir: string): SourceFile[] | null {
  const inside = toPosix(normalize(dir));
  if (isAbsolute(dir) || inside === '..' || inside.startsWith('../')) {
    throw new GitError(`${dir} is not inside the repository: give the content folder relative to it`);
  }
  const tree = `${commit}:./${inside === '.' ? '' : inside}`;
  if (git(['cat-file', '-t', tree]).stdout.trim() !== 'tree') return null;
  const work = mkdtempSync(join(tmpdir(), 'shipworthy-changes-'));
  try {
    const archive = join(work, 'content.tar');
    const folder = join(work, 'content');
    mkdirSync(folder);
    check(git(['archive', '--format=tar', `--output=${archive}`, tree]), 'git archive');
    check(run('tar', ['-xf', archive, '-C', folder]), 'tar');
    const from = `${toPosix(folder)}/`;
    const to = `${toPosix(normalize(dir))}/`;
    return readContentDir(folder).map((file) => ({ ...file, path: to + file.path.slice(from.length) }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function git(args: string[]) {
  return run('git', args);
}

function run(command: string, args: string[]) {
  return spawnSync(command, args, { encoding: 'utf8', maxBuffer: MAX_GIT_OUTPUT_BYTES });
}

function check(result: ReturnType<typeof run>, what: string): void {
  if (result.error) throw new GitError(`${what} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const reason = firstLine(result.stderr);
    throw new GitError(`${what} failed${reason ? `: ${reason}` : ''}`);
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
