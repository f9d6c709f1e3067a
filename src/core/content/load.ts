/**
 * Reads every content file on its own (no cross-file checks yet), collecting every problem instead
 * of stopping at the first. Each file goes through the same steps: its place in the layout, its
 * bytes, its YAML and body, then its fields against the schema of its folder.
 */
import { checkBody } from './bodies.ts';
import { checkFields, shapeProblem, type FieldsResult } from './check-fields.ts';
import { describeEncoding, describeNul } from './encoding.ts';
import { emptyEntries, type Entries, type Entry } from './entries.ts';
import { isKnownExtra, kindOf, unexpectedFileMessage, unreadMessage } from './layout.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import type { SourceFile } from './source.ts';
import { oneLine } from '../messages/one-line.ts';
import type { Problem } from '../messages/problems.ts';
import type { ContentKind } from '../schemas/index.ts';

/** Parses and validates each file against the schema of its folder. */
export function loadEntries(
  files: readonly SourceFile[],
  root: string,
): { entries: Entries; problems: Problem[] } {
  const entries = emptyEntries();
  const problems: Problem[] = [];
  const prefix = root === '' || root === '.' ? '' : `${root.replace(/\/+$/, '')}/`;
  for (const source of files) {
    const relative = source.path.startsWith(prefix) ? source.path.slice(prefix.length) : source.path;
    problems.push(...loadFile(source, relative, entries));
  }
  return { entries, problems };
}

/** A file that has a place in the layout: what kind of content it is and its slug. */
interface Placed {
  source: SourceFile;
  relative: string;
  kind: ContentKind;
  id: string;
}

// Whatever a file holds, checking it ends in problems named after it: an exception in any step
// (a parser's stack overflow, a bug) is that file's problem, never the end of the run.
function loadFile(source: SourceFile, relative: string, entries: Entries): Problem[] {
  try {
    return loadSteps(source, relative, entries);
  } catch (error) {
    return [fileProblem(source.path, 1, failureMessage(error))];
  }
}

function loadSteps(source: SourceFile, relative: string, entries: Entries): Problem[] {
  if (isKnownExtra(relative, source.unread)) return [];
  const placed = place(source, relative);
  if ('problem' in placed) {
    if (placed.kind) entries.present[placed.kind].add(idOf(relative));
    return [placed.problem];
  }
  notePresent(entries, placed);
  const undecodable = decode(source);
  if (undecodable) return [undecodable];
  const parsed = parseFile(source);
  if (parsed.data === undefined) return parsed.problems;
  const shape = shapeProblem(placed.kind, parsed.data);
  if (shape) return [...parsed.problems, fileProblem(source.path, parsed.lineOf([]), shape)];
  const body = checkBody(placed.kind, parsed);
  const fields = checkFields(placed.kind, parsed);
  record(entries, placed, parsed, fields);
  return [...parsed.problems, ...body, ...fields.problems];
}

/** Where the file belongs, or the problem with an entry that was not read or has no place. */
function place(
  source: SourceFile,
  relative: string,
): Placed | { problem: Problem; kind: ContentKind | null } {
  const kind = kindOf(relative);
  if (source.unread && source.unread.kind !== 'not-utf8') {
    const { message, severity } = unreadMessage(source.unread);
    return { problem: { ...fileProblem(source.path, null, message), severity }, kind };
  }
  if (!kind) return { problem: fileProblem(source.path, null, unexpectedFileMessage(relative)), kind };
  return { source, relative, kind, id: idOf(relative) };
}

// Every file found counts as present, valid or not, so references to it are not reported twice.
function notePresent(entries: Entries, { kind, id, relative }: Placed): void {
  entries.present[kind].add(id);
  if (kind === 'verdicts') entries.verdictPlaces.add(relative.replace(/^verdicts\/|\.md$/g, ''));
}

/** The problem with bytes that are not UTF-8 text, or text holding a NUL; null for readable text. */
function decode(source: SourceFile): Problem | null {
  const bad =
    source.unread?.kind === 'not-utf8' ? describeEncoding(source.unread.bytes) : describeNul(source.text);
  return bad ? fileProblem(source.path, bad.line, bad.message) : null;
}

// The schema for each folder matches the kind, so the casts only restore what safeParse erased.
function record(entries: Entries, { source, kind, id }: Placed, parsed: ParsedFile, fields: FieldsResult): void {
  const entry = (data: unknown): Entry<unknown> => ({
    id,
    file: source.path,
    data,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    lineOf: parsed.lineOf,
  });
  if ('data' in fields) (entries[kind] as Entry<unknown>[]).push(entry(fields.data));
  else (entries.partial[kind] as Entry<unknown>[]).push(entry(kind === 'votes' ? new Map() : fields.partial));
}

/** File name without extension: the slug for tools, reviewers, comparisons and votes. */
function idOf(relative: string): string {
  return (relative.split('/').pop() ?? '').replace(/\.(md|ya?ml)$/, '');
}

function fileProblem(file: string, line: number | null, message: string): Problem {
  return { file, line, field: null, message, severity: 'error' };
}

function failureMessage(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `the validator could not check this file (${oneLine(what, 200)}), so nothing in it is published: simplify what it holds (deep nesting is the usual cause) and, if it looks ordinary, report it with the file.`;
}
