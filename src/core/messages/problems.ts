/**
 * Problems found in content, and the one way they are printed for authors.
 */
import { oneLine } from './one-line.ts';

/**
 * How bad a problem is: errors block the build, warnings are printed only, and notices say
 * something an editor should know that is not wrong (a comparison scheduled for a later day).
 */
type Severity = 'error' | 'warning' | 'notice';

/** One thing wrong with one content file. */
export interface Problem {
  /** Path relative to the working folder, with forward slashes. */
  file: string;
  /** 1-based line in the file, when it can be located. */
  line: number | null;
  /** Dotted field path inside the file (`logo.width`), when the problem is about a field. */
  field: string | null;
  message: string;
  severity: Severity;
}

/**
 * Formats a problem as `file:line: field: message` (warnings and notices say so first). Always exactly one
 * line: file names, field names and messages can all carry content, so each is escaped.
 */
export function formatProblem(problem: Problem): string {
  const file = safeLineStart(oneLine(problem.file));
  const where = problem.line === null ? file : `${file}:${problem.line}`;
  const field = problem.field ? `${oneLine(problem.field)}: ` : '';
  const prefix = problem.severity === 'error' ? '' : `${problem.severity}: `;
  return `${where}: ${prefix}${field}${oneLine(problem.message)}`;
}

/** Formats a problem as a GitHub Actions workflow command so it shows inline on a pull request. */
export function formatGithubAnnotation(problem: Problem): string {
  const props = [`file=${escapeProperty(oneLine(problem.file))}`];
  if (problem.line !== null) props.push(`line=${problem.line}`);
  if (problem.field) props.push(`title=${escapeProperty(oneLine(problem.field))}`);
  const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `::${problem.severity} ${props.join(',')}::${escapeData(oneLine(message))}`;
}

// A runner reads `::command` and `##[command]` at the start of a line; a file named like one
// (possible when the content folder is `.`) is printed as `./::…` instead.
function safeLineStart(file: string): string {
  return /^(::|##\[)/.test(file) ? `./${file}` : file;
}

// GitHub's workflow-command escaping: data and property values differ in what must be escaped.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Orders problems by file, then line, so output reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** True when any problem blocks publishing. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
