/**
 * Splits a content file into data and body and keeps a map from field paths to lines,
 * so every later message can point at the line an author has to change.
 *
 * Content comes from strangers, so reading it is bounded: frontmatter has a size limit, nesting
 * a depth limit, and YAML anchors, aliases and merge keys are refused. An alias can stand for a
 * whole subtree, so a 1 KB file of nested aliases would expand into billions of values for every
 * walk that follows (schema, placeholders, checks); without them the data is never larger than
 * its text.
 */
import matter from 'gray-matter';
import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ALIAS,
  EVENT_POP,
  parseEvents,
  YAMLException,
  type Event,
} from 'js-yaml';
import { formatCount, MAX_FRONTMATTER_CHARS, MAX_YAML_DEPTH } from '../limits.ts';
import type { Problem } from '../messages/problems.ts';
import type { SourceFile } from './source.ts';
import { describeYamlError, lineAtOffset, type YamlError } from '../messages/yaml-errors.ts';
import { indexPositions, locate, type Positions } from './yaml-positions.ts';

/** How much reading one file cost, so tests can hold it to the size of the text. */
interface ParseWork {
  /** Characters handed to a YAML parser, counting each parser that read them. */
  yamlChars: number;
  /** Values in the data as a walk over it visits them (each visit of a shared value counts). */
  nodes: number;
}

/** A parsed content file. */
export interface ParsedFile {
  file: string;
  /** The YAML data (frontmatter, or the whole file for .yaml); undefined when it did not parse. */
  data: unknown;
  /** Markdown body, '' for YAML files. */
  body: string;
  /** Line the body starts on. */
  bodyLine: number;
  /** Best line for a field path: the key's line, else its nearest parent's, else the data's first line. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: Problem[];
  work: ParseWork;
}

// gray-matter only splits; YAML is read with the YAML 1.2 core schema, so dates stay strings and
// `2026-06-02` is validated as text, never silently turned into a Date.
const splitOnly = { engines: { yaml: () => ({}) } };

/** Parses a Markdown-with-frontmatter or YAML content file. */
export function parseFile(source: SourceFile): ParsedFile {
  const isYaml = /\.ya?ml$/.test(source.path);
  let yamlText: string;
  let body = '';
  let bodyLine = 1;

  if (isYaml) {
    yamlText = source.text.replace(/^\uFEFF/, '');
  } else {
    const text = source.text.replace(/^\uFEFF/, '');
    if (!/^---\r?\n/.test(text)) {
      return failed(source.path, 'file must start with a `---` line opening the YAML frontmatter.');
    }
    // gray-matter treats a file with no closing fence as all frontmatter; say what is missing instead.
    if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) {
      return failed(source.path, 'frontmatter is not closed: add a `---` line after the last field.');
    }
    const split = matter(text, splitOnly);
    // `matter` holds the text between the fences, starting with the newline after the first `---`.
    yamlText = split.matter;
    body = split.content;
    bodyLine = yamlText.split('\n').length + 2;
  }
  const firstDataLine = isYaml ? 1 : 2;
  const work: ParseWork = { yamlChars: 0, nodes: 0 };
  if (yamlText.length > MAX_FRONTMATTER_CHARS) {
    const what = isYaml ? 'the file' : 'the frontmatter';
    return failed(
      source.path,
      `${what} is ${formatCount(yamlText.length)} characters; the limit is ${formatCount(MAX_FRONTMATTER_CHARS)}: fields hold short values${isYaml ? '' : ', and long text goes in the body below the closing `---`'}.`,
      firstDataLine,
    );
  }

  // The fast parser reads the data; the position-keeping parser runs only when a message needs a
  // line (or a syntax error needs a better wording), which keeps validating tens of thousands of files quick.
  let positions: Positions | null = null;
  const locateWith = () => {
    if (!positions) {
      work.yamlChars += yamlText.length;
      positions = indexPositions(yamlText);
    }
    return positions;
  };
  const lineOf = (path: readonly PropertyKey[]) => locate(locateWith(), path) ?? firstDataLine;
  const problem = (error: YamlError): Problem => ({
    file: source.path,
    line: error.line,
    field: error.field,
    message: error.message,
    severity: 'error',
  });

  work.yamlChars += yamlText.length;
  const read = readYaml(yamlText, () => locateWith().errors[0] ?? null);
  if ('errors' in read) {
    return {
      file: source.path,
      data: undefined,
      body,
      bodyLine,
      problems: read.errors.map(problem),
      lineOf,
      work,
    };
  }
  work.nodes = read.nodes;
  return { file: source.path, data: read.data, body, bodyLine, problems: [], lineOf, work };
}

/** The data of a YAML text, or the reasons it is refused (each on its line). */
function readYaml(
  text: string,
  firstPositionError: () => { line: number; code: string; message: string } | null,
): { data: unknown; nodes: number } | { errors: YamlError[] } {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_YAML_DEPTH });
  } catch (error) {
    return { errors: [describeYamlError(text, error, firstPositionError)] };
  }
  const refused = refusedSyntax(text, events);
  if (refused.length > 0) return { errors: refused };
  let documents: unknown[];
  try {
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch (error) {
    return { errors: [describeYamlError(text, error, firstPositionError)] };
  }
  if (documents.length > 1) {
    return {
      errors: [
        describeYamlError(
          text,
          new YAMLException('expected a single document in the stream, but found more'),
          firstPositionError,
        ),
      ],
    };
  }
  const data = documents[0] ?? {};
  // Without aliases the data cannot hold more values than its text has characters; checking that
  // before any walk keeps every later walk bounded even if a parser ever shared values again.
  const nodes = countNodes(data, text.length + 2);
  if (nodes > text.length + 1) {
    return {
      errors: [
        {
          line: 1,
          field: null,
          message: 'the YAML expands to more values than it has characters: write each value out in full.',
        },
      ],
    };
  }
  const merge = text.includes('<<') ? findMergeKey(data) : null;
  if (merge) {
    const line = lineAtOffset(text, text.search(/(^|[\s{,])<<\s*:/m) + 1);
    return {
      errors: [
        {
          line,
          field: merge,
          message: 'merge keys (`<<`) are not allowed in content: write every field out in full.',
        },
      ],
    };
  }
  return { data, nodes };
}

// Anchors and aliases, each reported once at its first use with how many there are.
function refusedSyntax(text: string, events: readonly Event[]): YamlError[] {
  let anchors = 0;
  let aliases = 0;
  let firstAnchor = -1;
  let firstAlias = -1;
  for (const event of events) {
    if (event.type === EVENT_ALIAS) {
      if (aliases++ === 0) firstAlias = event.anchorStart;
    } else if (event.type !== EVENT_POP && 'anchorStart' in event && event.anchorStart >= 0) {
      if (anchors++ === 0) firstAnchor = event.anchorStart;
    }
  }
  const errors: YamlError[] = [];
  const name = (start: number) => text.slice(start, start + 40).match(/^[^\s,[\]{}]+/)?.[0] ?? '';
  const more = (count: number, noun: string) =>
    count > 1 ? ` (${formatCount(count)} ${noun} in this file)` : '';
  if (anchors > 0) {
    errors.push({
      line: lineAtOffset(text, firstAnchor),
      field: null,
      message: `YAML anchors (&${name(firstAnchor)}) are not allowed in content${more(anchors, 'anchors')}: write each value out in full, and quote a value that starts with '&'.`,
    });
  }
  if (aliases > 0) {
    errors.push({
      line: lineAtOffset(text, firstAlias),
      field: null,
      message: `YAML aliases (*${name(firstAlias)}) are not allowed in content${more(aliases, 'aliases')}: write each value out in full, and quote a value that starts with '*'.`,
    });
  }
  return errors;
}

// `<<` is only a merge key when a schema says so (ours does not), but an editor writing one means a merge.
function findMergeKey(data: unknown, path = ''): string | null {
  if (!data || typeof data !== 'object') return null;
  for (const [key, value] of Object.entries(data)) {
    const here = path ? `${path}.${key}` : key;
    if (key === '<<') return here;
    const inner = findMergeKey(value, here);
    if (inner) return inner;
  }
  return null;
}

/** Values in `data` as a tree walk visits them, counting no further than `limit`. */
function countNodes(data: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && count < limit) {
    const value = stack.pop();
    count++;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value && typeof value === 'object') {
      for (const key in value)
        if (Object.hasOwn(value, key)) stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return count;
}

function failed(file: string, message: string, line = 1): ParsedFile {
  return {
    file,
    data: undefined,
    body: '',
    bodyLine: 1,
    problems: [{ file, line, field: null, message, severity: 'error' }],
    lineOf: () => line,
    work: { yamlChars: 0, nodes: 0 },
  };
}
