/**
 * The one path from a Zod issue to an author-facing message: what is wrong with the
 * field and, where it can tell, how to fix it.
 */
import type { z } from 'zod';
import { SLUG_PATTERN } from './vocabulary.ts';
import type { ParsedFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Turns every issue of a failed parse into problems located in the file. */
export function issuesToProblems(issues: readonly Issue[], parsed: ParsedFile, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, each on its own line, with the nearest allowed key.
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(path),
          field: fieldName(path),
          message: `unknown field.${didYouMean(key, allowed) || ` Allowed fields: ${allowed.join(', ')}.`}`,
          severity: 'error',
        });
      }
      continue;
    }
    problems.push({
      file: parsed.file,
      line: parsed.lineOf(issue.path),
      field: fieldName(issue.path) || null,
      message: describeIssue(issue, schema),
      severity: 'error',
    });
  }
  return problems;
}

/** Dotted field path (`logo.width`, `tools[1]`). */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describeIssue(issue: Issue, schema: z.ZodType): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const hint = describeField(schema, issue.path);
        return `required field is missing.${hint ? ` Add it: ${hint}` : ''}`;
      }
      return `expected ${article(issue.expected)}, got ${typeName(issue.input)}.${typeHint(issue.expected, issue.input)}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (issue.input === undefined) return `required field is missing. Use one of: ${options.join(', ')}.`;
      const got = typeof issue.input === 'string' ? issue.input : String(issue.input);
      return `'${got}' is not allowed.${didYouMean(got, options)} Use one of: ${options.join(', ')}.`;
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && 'pattern' in issue && isSlugPattern(issue.pattern)) {
        return `'${String(issue.input)}' is not a valid slug: use lowercase letters and digits joined by single hyphens, e.g. 'my-tool-2'.`;
      }
      if (issue.format === 'date') {
        return `'${String(issue.input)}' is not a valid date: write a real calendar date as YYYY-MM-DD, e.g. 2026-06-02.`;
      }
      if (issue.format === 'regex') {
        const hint = describeField(schema, issue.path);
        return `'${String(issue.input)}' has the wrong form.${hint ? ` Expected: ${hint}` : ''}`;
      }
      return `'${String(issue.input)}' is not a valid ${issue.format}.`;
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'must not be empty.'
          : `must be at least ${issue.minimum} characters.`;
      }
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s).`;
      return `must be at least ${issue.minimum}.`;
    }
    case 'too_big': {
      if (issue.origin === 'string') return `is too long: keep it to ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `has too many items: at most ${issue.maximum}.`;
      return `must be at most ${issue.maximum}.`;
    }
    case 'invalid_key':
      return `invalid key: ${issue.issues.map((inner) => describeIssue(inner, schema)).join(' ')}`;
    case 'invalid_element':
      return `invalid value: ${issue.issues.map((inner) => describeIssue(inner, schema)).join(' ')}`;
    default:
      return `${issue.message.replace(/\.$/, '')}.`;
  }
}

// Zod reports the pattern as written (`/…/`) or as its source, depending on the check.
function isSlugPattern(pattern: unknown): boolean {
  return pattern === SLUG_PATTERN.source || pattern === String(SLUG_PATTERN);
}

function article(expected: string): string {
  const word = expected === 'int' ? 'whole number' : expected;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function typeName(input: unknown): string {
  if (input === null) return 'nothing (an empty value)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a nested object';
  if (typeof input === 'number' && !Number.isInteger(input)) return `the number ${input}`;
  return `${typeof input} '${String(input)}'`;
}

function typeHint(expected: string, input: unknown): string {
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return ' Quote the value, e.g. "…".';
  }
  if (expected === 'array') return ' Write a list, e.g. [a, b].';
  return '';
}

// Reads `.describe()` text from the schema at `path`, so "missing" messages say what belongs there.
function describeField(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const field = schemaAt(schema, path);
  return field?.description ?? '';
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const node = schemaAt(schema, path);
  const shape = node ? objectShape(node) : null;
  return shape ? Object.keys(shape) : [];
}

function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let node: z.ZodType | null = unwrap(schema);
  for (const key of path) {
    if (!node) return null;
    const shape = objectShape(node);
    if (shape && typeof key === 'string') {
      node = shape[key] ? unwrap(shape[key]) : null;
      continue;
    }
    const def = node.def as { element?: z.ZodType; items?: z.ZodType[]; valueType?: z.ZodType };
    const next = def.element ?? def.items?.[Number(key)] ?? def.valueType ?? null;
    node = next ? unwrap(next) : null;
  }
  return node;
}

function objectShape(node: z.ZodType): Record<string, z.ZodType> | null {
  const def = node.def as { shape?: Record<string, z.ZodType> };
  return def.shape ?? null;
}

// Optional/default wrappers hide the inner schema; the description may sit on either.
function unwrap(node: z.ZodType): z.ZodType {
  let current = node;
  while (true) {
    const def = current.def as { innerType?: z.ZodType };
    if (!def.innerType || current.description) return current;
    current = def.innerType;
  }
}
