/**
 * The content pipeline in one call: load -> validate -> check references -> build the site.
 * The CLI and the pages both go through here, so they can never disagree.
 */
import { buildSite, type MarkdownRenderer } from './build-site.ts';
import { checkEntries, type CheckOptions } from './check.ts';
import { loadEntries, type Entries } from './load.ts';
import type { Site } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';
import type { SourceFile } from './source.ts';

/** Result of validating a content folder. */
export interface Validation {
  entries: Entries;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  ok: boolean;
}

/** Validates content files without rendering anything. */
export function validateContent(
  files: readonly SourceFile[],
  root: string,
  options: CheckOptions,
): Validation {
  const loaded = loadEntries(files, root);
  const problems = sortProblems([...loaded.problems, ...checkEntries(loaded.entries, options)]);
  return { entries: loaded.entries, problems, ok: !hasErrors(problems) };
}

/** Validates and, only when nothing is wrong, builds the site: nothing half-built is ever returned. */
export function createSite(
  files: readonly SourceFile[],
  root: string,
  options: CheckOptions & { render: MarkdownRenderer },
): { site: Site | null; problems: Problem[] } {
  const validation = validateContent(files, root, options);
  return {
    site: validation.ok ? buildSite(validation.entries, options.render) : null,
    problems: validation.problems,
  };
}

/** Today's date as YYYY-MM-DD (UTC), the default reference for staleness checks. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
