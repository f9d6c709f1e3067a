/**
 * Parses and validates every content file on its own (no cross-file checks yet),
 * collecting every problem instead of stopping at the first.
 */
import type { z } from 'zod';
import { checkBody } from './bodies.ts';
import { describeEncoding, describeNul } from './encoding.ts';
import { fieldName, issuesToProblems } from '../messages/error-map.ts';
import { isKnownExtra, kindOf, unexpectedFileMessage, unreadMessage } from './layout.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import type { Problem } from '../messages/problems.ts';
import { prototypeKeyProblems } from './prototype-keys.ts';
import { SCHEMAS, type ContentKind } from '../schemas/index.ts';
import type { ComparisonData } from '../schemas/comparison.ts';
import type { ReviewerData } from '../schemas/reviewer.ts';
import type { RoundData } from '../schemas/round.ts';
import type { ToolData } from '../schemas/tool.ts';
import type { VerdictData } from '../schemas/verdict.ts';
import type { VotesData } from '../schemas/votes.ts';
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
  /**
   * `<tool>/<round>/<reviewer>` of every verdict file found, valid or not, so a round is not also
   * reported incomplete for a verdict whose own problems are already reported.
   */
  verdictPlaces: Set<string>;
}

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
    verdictPlaces: new Set(),
  };
  const problems: Problem[] = [];
  const prefix = root === '' || root === '.' ? '' : `${root.replace(/\/+$/, '')}/`;

  for (const source of files) {
    const relative = source.path.startsWith(prefix) ? source.path.slice(prefix.length) : source.path;
    const report = (
      line: number | null,
      field: string | null,
      message: string,
      severity: Problem['severity'] = 'error',
    ) => problems.push({ file: source.path, line, field, message, severity });
    if (isKnownExtra(relative, source.unread)) continue;
    const kind = kindOf(relative);
    if (source.unread && source.unread.kind !== 'not-utf8') {
      if (kind) entries.present[kind].add(idOf(relative));
      const { message, severity } = unreadMessage(source.unread);
      report(null, null, message, severity);
      continue;
    }
    if (!kind) {
      report(null, null, unexpectedFileMessage(relative));
      continue;
    }
    const id = idOf(relative);
    entries.present[kind].add(id);
    if (kind === 'verdicts') entries.verdictPlaces.add(relative.replace(/^verdicts\/|\.md$/g, ''));
    const badText = source.unread ? describeEncoding(source.unread.bytes) : describeNul(source.text);
    if (badText) {
      report(badText.line, null, badText.message);
      continue;
    }
    const parsed = parseFile(source);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const schema: z.ZodType = SCHEMAS[kind];
    const shape = shapeProblem(kind, parsed.data, schema);
    if (shape) {
      report(parsed.lineOf([]), null, shape);
      continue;
    }
    problems.push(...checkBody(kind, parsed));

    const result = schema.safeParse(parsed.data, { reportInput: true });
    const schemaProblems = result.success ? [] : issuesToProblems(result.error.issues, parsed, schema);
    // A placeholder that also breaks the schema is reported once, by the schema's message.
    const flagged = new Set(schemaProblems.map((p) => p.field));
    // A record drops a `__proto__` key without a word; an object reports it as unknown already.
    const dropped = prototypeKeyProblems(parsed).filter((p) => !flagged.has(p.field));
    problems.push(
      ...schemaProblems,
      ...dropped,
      ...findPlaceholders(parsed).filter((p) => !flagged.has(p.field)),
    );
    if (!result.success || dropped.length > 0) continue;
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

/** File name without extension: the slug for tools, reviewers, comparisons and votes. */
function idOf(relative: string): string {
  return (relative.split('/').pop() ?? '').replace(/\.(md|ya?ml)$/, '');
}

// Frontmatter that is empty, a list or a bare value would give one "required" message per field;
// one message saying what the file needs reads better.
function shapeProblem(kind: ContentKind, data: unknown, schema: z.ZodType): string | null {
  const isList = Array.isArray(data);
  const isEmpty = data === null || (typeof data === 'object' && !isList && Object.keys(data).length === 0);
  if (!isEmpty && typeof data === 'object' && !isList) return null;
  const required = requiredFields(schema);
  if (required === null) return null;
  const fields = `${LABELS[kind]} needs ${joinAnd(required)}; see the field reference in CONTRIBUTING.md.`;
  if (isEmpty) return `the frontmatter is empty: ${fields}`;
  return `the frontmatter must be fields written as 'name: value', one per line, not ${isList ? 'a list' : 'a single value'}: ${fields}`;
}

/** Names of the fields an object schema requires, or null for a schema that is not an object. */
function requiredFields(schema: z.ZodType): string[] | null {
  const shape = (schema.def as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return null;
  return Object.entries(shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([name]) => name);
}

const LABELS: Record<ContentKind, string> = {
  tools: 'a tool',
  reviewers: 'a reviewer',
  rounds: 'a round file',
  verdicts: 'a verdict',
  comparisons: 'a comparison',
  votes: 'a votes file',
};

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
