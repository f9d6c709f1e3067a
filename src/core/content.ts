/**
 * The content pipeline in one call: load -> validate -> check references -> build the site.
 * The CLI and the pages both go through here, so they can never disagree.
 */
import { checkAssets, type PublicFileExists } from './content/assets.ts';
import { buildSite, type MarkdownRenderer } from './site/index.ts';
import { publishedEntries } from './site/schedule.ts';
import { checkEntries, type CheckOptions } from './checks/index.ts';
import { indexEntries, type ContentIndex } from './content/content-index.ts';
import type { Entries } from './content/entries.ts';
import { loadEntries } from './content/load.ts';
import type { Site } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './messages/problems.ts';
import type { SourceFile } from './content/source.ts';

/** Result of validating a content folder. */
export interface Validation {
  entries: Entries;
  /** Lookup tables over `entries`, built once and shared by the checks and (when nothing is scheduled) the builder. */
  index: ContentIndex;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  ok: boolean;
}

/** What validation needs besides the files. */
export interface ValidateOptions extends CheckOptions {
  /** Whether `public/` holds a file; files content points at (logos) are checked only when given. */
  publicFile?: PublicFileExists;
}

/** Validates content files without rendering anything. */
export function validateContent(
  files: readonly SourceFile[],
  root: string,
  options: ValidateOptions,
): Validation {
  const { entries, problems: fileProblems } = loadEntries(files, root);
  const index = indexEntries(entries);
  const problems = sortProblems([
    ...fileProblems,
    ...checkEntries(entries, index, options, root),
    ...(options.publicFile ? checkAssets(entries, options.publicFile) : []),
  ]);
  return { entries, index, problems, ok: !hasErrors(problems) };
}

/**
 * Validates and, only when nothing is wrong, builds the site as published on `options.today`:
 * nothing half-built, and nothing scheduled for a later day, is ever returned.
 */
export function createSite(
  files: readonly SourceFile[],
  root: string,
  options: ValidateOptions & { render: MarkdownRenderer },
): { site: Site | null; problems: Problem[] } {
  const validation = validateContent(files, root, options);
  if (!validation.ok) return { site: null, problems: validation.problems };
  // Everything is checked; only what has gone live by today is built.
  const live = publishedEntries(validation.entries, options.today);
  const index = live === validation.entries ? validation.index : indexEntries(live);
  return { site: buildSite(index, options.render), problems: validation.problems };
}

/** Today's date as YYYY-MM-DD (UTC): what is published, and the reference for staleness checks. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
