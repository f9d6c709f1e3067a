/**
 * The one path from a Zod issue to an author-facing message: what is wrong with the
 * field and, where it can tell, how to fix it.
 */
import { z } from 'zod';
import { describeValue } from '../editor-docs/field-reference.ts';
import { formatCount } from '../limits.ts';
import { shown } from './one-line.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Problem } from './problems.ts';
import { SLUG_RULE, slugify } from '../content/slug.ts';
import { didYouMean } from './suggest.ts';
import { SLUG_PATTERN } from '../vocabulary.ts';

type Issue = z.core.$ZodIssue;

/** Turns every issue of a failed parse into problems located in the file. */
export function issuesToProblems(issues: readonly Issue[], parsed: ParsedFile, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  // A field's own limit message ("… votes is not a plausible count") says what Zod's built-in
  // bound on the same value ("must be at most 9,007,199,254,740,991") would say again.
  const worded = new Set(
    issues.filter((i) => i.code === 'too_big' && custom(i)).map((i) => fieldName(i.path)),
  );
  for (const issue of issues) {
    if (issue.code === 'too_big' && !custom(issue) && worded.has(fieldName(issue.path))) continue;
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, each on its own line, with the nearest allowed key.
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(path),
          field: fieldName(path),
          message: unknownKeyMessage(key, allowed),
          severity: 'error',
        });
      }
      continue;
    }
    problems.push({
      file: parsed.file,
      line: parsed.lineOf(issue.path),
      field: fieldName(issue.path) || null,
      message: messageFor(issue, schema),
      severity: 'error',
    });
  }
  return problems;
}

// What a value is before its own rule: a placeholder left from `npm run new`, or a typed figure,
// is told as such rather than as the form it breaks ("must not hold spaces", "expected a list").
function messageFor(issue: Issue, schema: z.ZodType): string {
  if ('input' in issue && isPlaceholder(issue.input)) return placeholderMessage(schema, issue.path);
  const key = issue.path.at(-1);
  if (typeof key === 'string' && FIGURE_FIELDS.has(key) && 'input' in issue && looksLikeFigure(issue.input)) {
    return `${FIGURES_COMPUTED}; remove '${shown(figureText(issue.input))}'.${whatItTakes(schema, issue.path)}`;
  }
  return describeIssue(issue, schema);
}

/** True for a value `npm run new` wrote as a placeholder (`TODO …`), which must never be published. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /^TODO\b/.test(value);
}

/**
 * The one message for a placeholder still in a file. Where the field's rule refuses the
 * placeholder it says what the rule takes (the choices, or the kind of value and an example).
 */
export function placeholderMessage(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const field = schemaAt(schema, path);
  if (!field || field.safeParse('TODO').success) {
    return 'still a TODO placeholder: replace it with the real value.';
  }
  const json = toJson(field);
  if (json.enum)
    return `still a TODO placeholder: replace it with one of: ${json.enum.map(String).join(', ')}.`;
  const example = json.examples?.[0];
  const key = String(path.at(-1) ?? '');
  return `still a TODO placeholder: replace it with the real value (${describeValue(json)})${example === undefined ? '' : `, e.g. \`${key}: ${yamlValue(example)}\``}.`;
}

// " `panel` takes a list of slugs, e.g. `panel: [a, b]`.": what the field holds instead.
function whatItTakes(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const field = schemaAt(schema, path);
  if (!field) return '';
  const json = toJson(field);
  const key = String(path.at(-1) ?? '');
  const example = json.examples?.[0];
  return ` \`${key}\` takes a ${describeValue(json)}${example === undefined ? '' : `, e.g. \`${key}: ${yamlValue(example)}\``}.`;
}

/** What an editor who types a figure hears: where figures come from. */
const FIGURES_COMPUTED =
  'figures (ship percentages, vote totals) are computed from verdicts and votes, never typed';

// Fields whose name reads like a figure although they hold something else (`panel` lists reviewers).
const FIGURE_FIELDS = new Set(['panel']);

// `75%`, `75`, `0.75`, or a block of counts (`{ ship: 3, skip: 1 }`): what a typed figure looks like.
function looksLikeFigure(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value === 'string') return /^\s*[-+]?\d+(?:[.,]\d+)?\s*%?\s*$/.test(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((key) => FIGURE_KEY.test(key.replace(/[^a-z]/gi, '')));
  }
  return false;
}

function figureText(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const letters = key.replace(/[^a-z]/gi, '');
  // A verdict file has a field for the call itself: `ship: yes` means `verdict: ship`.
  if (allowed.includes('verdict') && /^(ship|skip)$/i.test(letters)) {
    return `unknown field: the call is written \`verdict: ${letters.toLowerCase()}\`.`;
  }
  if (FIGURE_KEY.test(letters)) return `unknown field: ${FIGURES_COMPUTED}; remove it.`;
  return `unknown field.${didYouMean(key, allowed) || ` Allowed fields: ${allowed.join(', ')}.`}`;
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
      if (issue.input === undefined) return `required field is missing. ${howToWrite(schema, issue.path)}`;
      return `expected ${article(issue.expected)}, got ${typeName(issue.input)}.${typeHint(issue.expected, issue.input)}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (issue.input === undefined) return `required field is missing. ${howToWrite(schema, issue.path)}`;
      const got = typeof issue.input === 'string' ? issue.input : String(issue.input);
      return `'${shown(got)}' is not allowed.${didYouMean(got, options)} Use one of: ${options.join(', ')}.`;
    }
    case 'invalid_format': {
      if (custom(issue)) return sentence(issue.message);
      if (issue.format === 'regex' && 'pattern' in issue && isSlugPattern(issue.pattern)) {
        const slug = slugify(String(issue.input));
        return `'${shown(issue.input)}' is not a valid slug: ${slug ? `write '${slug}'` : `use ${SLUG_RULE}`}.`;
      }
      if (issue.format === 'date') {
        return `'${shown(issue.input)}' is not a valid date: write a real calendar date as YYYY-MM-DD, e.g. 2026-06-02.`;
      }
      if (issue.format === 'regex') {
        const hint = describeField(schema, issue.path);
        return `'${shown(issue.input)}' has the wrong form.${hint ? ` Expected: ${hint}` : ''}`;
      }
      return `'${shown(issue.input)}' is not a valid ${issue.format}.`;
    }
    case 'too_small': {
      if (custom(issue)) return sentence(issue.message);
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'must not be empty.'
          : `must be at least ${issue.minimum} characters.`;
      }
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s).`;
      return `must be at least ${issue.minimum}.`;
    }
    case 'too_big': {
      if (custom(issue)) return sentence(issue.message);
      const max = formatCount(Number(issue.maximum));
      if (issue.origin === 'string') {
        const length =
          typeof issue.input === 'string'
            ? `is ${formatCount(issue.input.length)} characters; `
            : 'is too long: ';
        return `${length}keep it to ${max} characters.`;
      }
      if (issue.origin === 'array') return `has too many items: at most ${max}.`;
      return `must be at most ${max}.`;
    }
    case 'invalid_key':
      return `invalid key: ${issue.issues.map((inner) => describeIssue(inner, schema)).join(' ')}`;
    case 'invalid_element':
      return `invalid value: ${issue.issues.map((inner) => describeIssue(inner, schema)).join(' ')}`;
    default:
      return sentence(issue.message);
  }
}

// Keys that hold a figure: `panelShip`, `shipPercent`, `community`, `votes`, `score`… Figures are
// computed; an editor who types one should hear that, not "did you mean 'panel'?".
const FIGURE_KEY =
  /^(?:(?:panel|community|readers?)(?:ship|skip|votes?|verdicts?|score|figure|percent|pct|share|rate|ratio|total)s?|community(?:votes?)?|(?:ship|skip)s?(?:percent|pct|rate|share|count|total|ratio|votes?)?|votes?|totals?|scores?|ratings?|percent(?:age)?|figures?)$/i;

// Zod's own messages start this way; a schema that words its own (a limit, a path rule) is used as written.
function custom(issue: Issue): boolean {
  return !/^(Too (big|small)|Invalid )/.test(issue.message);
}

function sentence(message: string): string {
  return `${message.replace(/\.$/, '')}.`;
}

/**
 * How to write a missing field: an example line, the kind of value and what the field is for, e.g.
 * "Add a line like `verified: 2026-06-02` (date, YYYY-MM-DD). Date the facts were last checked."
 */
function howToWrite(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const field = schemaAt(schema, path);
  if (!field) return 'Add it.';
  const json = toJson(field);
  const key = String(path.at(-1) ?? '');
  const parent =
    path.length > 1 && typeof path.at(-2) === 'string' ? ` under \`${String(path.at(-2))}\`` : '';
  const example = json.examples?.[0] ?? json.enum?.[0];
  const line = example === undefined ? `a \`${key}\` line` : `a line like \`${key}: ${yamlValue(example)}\``;
  const meaning = field.description ? ` ${field.description.replace(/\.?$/, '.')}` : '';
  return `Add ${line}${parent} (${describeValue(json)}).${meaning}`;
}

type FieldJson = Parameters<typeof describeValue>[0] & { examples?: unknown[] };

function toJson(field: z.ZodType): FieldJson {
  return z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as FieldJson;
}

// A value as an editor would type it in YAML: lists in brackets, maps in braces, text quoted only when needed.
function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${yamlValue(v)}`)
      .join(', ')} }`;
  }
  const text = String(value);
  const plain =
    typeof value === 'number' ||
    (!/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
      !/: |\s#|[:\s]$|[,[\]{}]/.test(text) &&
      !/^(true|false|null|~|[-+]?[\d.]+)$/i.test(text));
  return plain ? text : JSON.stringify(text);
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
  return `${typeof input} '${shown(input)}'`;
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
    node = written(node);
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
  const def = written(node).def as { shape?: Record<string, z.ZodType> };
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

// A schema that converts what was read (a mapping into a Map) is a pipe; editors write its input side.
function written(node: z.ZodType): z.ZodType {
  let current = node;
  while (true) {
    const def = current.def as { type: string; in?: z.ZodType; innerType?: z.ZodType };
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (!inner) return current;
    current = inner;
  }
}
