/**
 * Parses and validates every content file on its own (no cross-file checks yet),
 * collecting every problem instead of stopping at the first.
 */
import type { z } from 'zod';
import { issuesToProblems } from './error-map.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import { SCHEMAS, type ContentKind } from './schemas/index.ts';
import type { ComparisonData } from './schemas/comparison.ts';
import type { ReviewerData } from './schemas/reviewer.ts';
import type { RoundData } from './schemas/round.ts';
import type { ToolData } from './schemas/tool.ts';
import type { VerdictData } from './schemas/verdict.ts';
import type { VotesData } from './schemas/votes.ts';
import type { SourceFile } from './source.ts';

/** A validated content file: its data, body and where it came from. */
export interface Entry<T> {
  /** File name without extension: the slug for tools, reviewers, comparisons and votes. */
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  lineOf: ParsedFile['lineOf'];
}

/** Every valid entry, by kind. Invalid files are left out and reported. */
export interface Entries {
  tools: Entry<ToolData>[];
  reviewers: Entry<ReviewerData>[];
  rounds: Entry<RoundData>[];
  verdicts: Entry<VerdictData>[];
  comparisons: Entry<ComparisonData>[];
  votes: Entry<VotesData>[];
}

/** What each folder holds, so a stray file is named with the layout it breaks. */
const LAYOUT: Record<ContentKind, { ext: RegExp; hint: string }> = {
  tools: { ext: /\.md$/, hint: 'tools/<tool>.md' },
  reviewers: { ext: /\.md$/, hint: 'reviewers/<reviewer>.md' },
  rounds: { ext: /\.md$/, hint: 'rounds/<tool>/<YYYY-MM-DD>.md' },
  verdicts: { ext: /\.md$/, hint: 'verdicts/<tool>/<YYYY-MM-DD>/<reviewer>.md' },
  comparisons: { ext: /\.md$/, hint: 'comparisons/<a>-vs-<b>.md' },
  votes: { ext: /\.ya?ml$/, hint: 'votes/<a>-vs-<b>.yaml' },
};

/** Files a content folder may hold that are not content (docs, editor settings). */
const IGNORED = /(^|\/)(README\.md|\.[^/]*)$/;

/** Parses and validates each file against the schema of its folder. */
export function loadEntries(files: readonly SourceFile[], root: string): { entries: Entries; problems: Problem[] } {
  const entries: Entries = { tools: [], reviewers: [], rounds: [], verdicts: [], comparisons: [], votes: [] };
  const problems: Problem[] = [];
  const prefix = root === '' || root === '.' ? '' : `${root.replace(/\/+$/, '')}/`;

  for (const source of files) {
    const relative = source.path.startsWith(prefix) ? source.path.slice(prefix.length) : source.path;
    if (IGNORED.test(relative)) continue;
    const kind = relative.split('/')[0] as ContentKind;
    const layout = LAYOUT[kind];
    if (!layout || !layout.ext.test(relative)) {
      problems.push({
        file: source.path,
        line: null,
        field: null,
        message: `unexpected file: content goes in ${Object.values(LAYOUT)
          .map((l) => l.hint)
          .join(', ')}.`,
        severity: 'error',
      });
      continue;
    }
    const parsed = parseFile(source);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;

    const schema: z.ZodType = SCHEMAS[kind];
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, parsed, schema));
      continue;
    }
    const id = (relative.split('/').pop() ?? '').replace(/\.(md|ya?ml)$/, '');
    const entry = {
      id,
      file: source.path,
      data: result.data,
      body: parsed.body,
      bodyLine: parsed.bodyLine,
      lineOf: parsed.lineOf,
    };
    // The schema for each folder matches the kind, so the cast only restores what safeParse erased.
    (entries[kind] as Entry<unknown>[]).push(entry);
  }
  return { entries, problems };
}
