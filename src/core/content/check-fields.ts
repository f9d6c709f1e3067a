/**
 * A parsed file's data against the schema of its folder: the problems, the data when the schema
 * accepts it, and otherwise the fields that hold on their own, for the cross-file checks that
 * need only those.
 */
import type { z } from 'zod';
import { fieldName, isPlaceholder, issuesToProblems, placeholderMessage } from '../messages/error-map.ts';
import type { Problem } from '../messages/problems.ts';
import { SCHEMAS, type ContentKind } from '../schemas/index.ts';
import type { ParsedFile } from './parse-file.ts';
import { prototypeKeyProblems } from './prototype-keys.ts';

/** What the schema made of a file's data. */
export type FieldsResult =
  | { problems: Problem[]; data: unknown }
  | { problems: Problem[]; partial: Record<string, unknown> };

/** Validates the data of a parsed file against its kind's schema. */
export function checkFields(kind: ContentKind, parsed: ParsedFile): FieldsResult {
  const schema: z.ZodType = SCHEMAS[kind];
  const result = schema.safeParse(parsed.data, { reportInput: true });
  const schemaProblems = result.success ? [] : issuesToProblems(result.error.issues, parsed, schema);
  // A field the schema already reported (a placeholder included) is reported once.
  const flagged = new Set(schemaProblems.map((p) => p.field));
  // A record drops a `__proto__` key without a word; an object reports it as unknown already.
  const dropped = prototypeKeyProblems(parsed).filter((p) => !flagged.has(p.field));
  const placeholders = findPlaceholders(parsed, schema).filter((p) => !flagged.has(p.field));
  const problems = [...schemaProblems, ...dropped, ...placeholders];
  if (result.success && dropped.length === 0) return { problems, data: result.data };
  const wrong = new Set([...flagged, ...dropped.map((p) => p.field), ...placeholders.map((p) => p.field)]);
  return { problems, partial: fieldsThatHold(schema, parsed.data, wrong) };
}

/**
 * The top-level fields of refused data that hold on their own, parsed (defaults applied), leaving
 * out any field a problem names or lies under. Data that is not made of fields gives none.
 */
function fieldsThatHold(
  schema: z.ZodType,
  data: unknown,
  wrong: ReadonlySet<string | null>,
): Record<string, unknown> {
  const shape = (schema.def as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !data || typeof data !== 'object' || Array.isArray(data)) return {};
  const fields: Record<string, unknown> = {};
  const isWrong = (key: string) =>
    [...wrong].some((field) => field === key || field?.startsWith(`${key}.`) || field?.startsWith(`${key}[`));
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (isWrong(key)) continue;
    const value = Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
    const parsed = fieldSchema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) fields[key] = parsed.data;
  }
  return fields;
}

// Skeletons from `npm run new` mark unfilled fields with TODO; they must never be published.
function findPlaceholders(parsed: ParsedFile, schema: z.ZodType): Problem[] {
  const found: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (isPlaceholder(value)) {
      found.push({
        file: parsed.file,
        line: parsed.lineOf(path),
        field: fieldName(path),
        message: placeholderMessage(schema, path),
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

/**
 * Frontmatter that is empty, a list or a bare value would give one "required" message per field;
 * one message saying what the file needs reads better. Null when the data is made of fields.
 */
export function shapeProblem(kind: ContentKind, data: unknown): string | null {
  const isList = Array.isArray(data);
  const isEmpty = data === null || (typeof data === 'object' && !isList && Object.keys(data).length === 0);
  if (!isEmpty && typeof data === 'object' && !isList) return null;
  const required = requiredFields(SCHEMAS[kind]);
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
