/**
 * Parses and validates every content file on its own (no cross-file checks yet),
 * collecting every problem instead of stopping at the first.
 */
import type { z } from 'zod';
import { fieldName, issuesToProblems } from './error-map.ts';
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
  /** Slugs of every file found per kind, valid or not, so a reference to a broken file is not reported twice. */
  present: Record<ContentKind, Set<string>>;
}

/** What each folder holds, so a stray file is named with the layout it breaks. */
const LAYOUT: Record<ContentKind, { ext: RegExp; hint: string; body?: string }> = {
  tools: {
    ext: /\.md$/,
    hint: 'tools/<tool>.md',
    body: "description is empty: write the tool's description below the closing `---`.",
  },
  reviewers: {
    ext: /\.md$/,
    hint: 'reviewers/<reviewer>.md',
    body: "bio is empty: write the reviewer's bio below the closing `---`.",
  },
  rounds: { ext: /\.md$/, hint: 'rounds/<tool>/<YYYY-MM-DD>.md' },
  verdicts: {
    ext: /\.md$/,
    hint: 'verdicts/<tool>/<YYYY-MM-DD>/<reviewer>.md',
    body: "quote is empty: write the reviewer's quote below the closing `---`.",
  },
  comparisons: { ext: /\.md$/, hint: 'comparisons/<a>-vs-<b>.md' },
  votes: { ext: /\.ya?ml$/, hint: 'votes/<a>-vs-<b>.yaml' },
};

/** Files a content folder may hold that are not content (docs, editor settings). */
const IGNORED = /(^|\/)(README\.md$|\.)/;

/** Parses and validates each file against the schema of its folder. */
export function loadEntries(
  files: readonly SourceFile[],
  root: string,
): { entries: Entries; problems: Problem[] } {
  const entries: Entries = {
    tools: [],
    reviewers: [],
    rounds: [],
    verdicts: [],
    comparisons: [],
    votes: [],
    present: {
      tools: new Set(),
      reviewers: new Set(),
      rounds: new Set(),
      verdicts: new Set(),
      comparisons: new Set(),
      votes: new Set(),
    },
  };
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
    const id = (relative.split('/').pop() ?? '').replace(/\.(md|ya?ml)$/, '');
    entries.present[kind].add(id);
    const parsed = parseFile(source);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    if (layout.body && parsed.body.trim() === '') {
      problems.push({
        file: source.path,
        line: parsed.bodyLine,
        field: 'body',
        message: layout.body,
        severity: 'error',
      });
    }

    const schema: z.ZodType = SCHEMAS[kind];
    const result = schema.safeParse(parsed.data, { reportInput: true });
    const schemaProblems = result.success ? [] : issuesToProblems(result.error.issues, parsed, schema);
    // A placeholder that also breaks the schema is reported once, by the schema's message.
    const flagged = new Set(schemaProblems.map((p) => p.field));
    problems.push(...schemaProblems, ...findPlaceholders(parsed).filter((p) => !flagged.has(p.field)));
    if (!result.success) continue;
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

// Skeletons from `npm run new` mark unfilled fields with TODO; they must never be published.
function findPlaceholders(parsed: ParsedFile): Problem[] {
  const found: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && /^TODO\b/.test(value)) {
      found.push({
        file: parsed.file,
        line: parsed.lineOf(path),
        field: fieldName(path),
        message: 'still a TODO placeholder: replace it with the real value.',
        severity: 'error',
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(parsed.data, []);
  return found;
}
