/**
 * Splits a content file into data and body and keeps a map from field paths to lines,
 * so every later message can point at the line an author has to change.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems.ts';
import type { SourceFile } from './source.ts';

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
}

// gray-matter only splits; YAML is read with the YAML 1.2 core schema, so dates stay strings and
// `2026-06-02` is validated as text, never silently turned into a Date.
const splitOnly = { engines: { yaml: () => ({}) } };

/** Parses a Markdown-with-frontmatter or YAML content file. */
export function parseFile(source: SourceFile): ParsedFile {
  const isYaml = /\.ya?ml$/.test(source.path);
  let yamlText: string;
  let yamlStartLine: number;
  let body = '';
  let bodyLine = 1;
  const problems: Problem[] = [];

  if (isYaml) {
    yamlText = source.text;
    yamlStartLine = 1;
  } else {
    const text = source.text.replace(/^\uFEFF/, '');
    if (!/^---\r?\n/.test(text)) {
      return failed(source.path, 'file must start with a `---` line opening the YAML frontmatter');
    }
    // gray-matter treats a file with no closing fence as all frontmatter; say what is missing instead.
    if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) {
      return failed(source.path, 'frontmatter is not closed: add a `---` line after the last field');
    }
    const split = matter(text, splitOnly);
    // `matter` holds the text between the fences, starting with the newline after the first `---`.
    yamlText = split.matter;
    yamlStartLine = 1;
    body = split.content;
    const frontmatterLines = yamlText.split('\n').length;
    bodyLine = yamlStartLine + frontmatterLines + 1;
  }

  // The fast parser reads the data; the position-keeping parser runs only when a message needs a
  // line (or to list every syntax error), which keeps validating tens of thousands of files quick.
  let positions: Positions | null = null;
  const locateWith = () => (positions ??= indexPositions(yamlText, yamlStartLine));
  let data: unknown;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    const found = locateWith().errors;
    const fallback = error instanceof YAMLException ? error : null;
    for (const { line, message } of found.length > 0 ? found : [fromException(fallback)]) {
      problems.push({
        file: source.path,
        line,
        field: null,
        message: `invalid YAML: ${message}`,
        severity: 'error',
      });
    }
    data = undefined;
  }
  const firstDataLine = isYaml ? 1 : 2;
  return {
    file: source.path,
    data,
    body,
    bodyLine,
    problems,
    lineOf: (path) => locate(locateWith(), path) ?? firstDataLine,
  };
}

/** The position-keeping parse of a YAML text: its document, syntax errors and a line lookup. */
interface Positions {
  doc: Document;
  errors: { line: number; message: string }[];
  lineAt(offset: number): number;
}

function indexPositions(yamlText: string, yamlStartLine: number): Positions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  const errors = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: firstLine(error.message),
  }));
  return { doc, errors, lineAt };
}

function fromException(error: YAMLException | null): { line: number; message: string } {
  return { line: (error?.mark?.line ?? 0) + 1, message: error?.reason ?? 'the YAML could not be read' };
}

function failed(file: string, message: string): ParsedFile {
  return {
    file,
    data: undefined,
    body: '',
    bodyLine: 1,
    problems: [{ file, line: 1, field: null, message, severity: 'error' }],
    lineOf: () => 1,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

// Walks the path as far as the document goes, so a missing field points at its parent.
function locate({ doc, lineAt }: Positions, path: readonly PropertyKey[]): number | null {
  let node: unknown = doc.contents;
  let line: number | null = rangeLine(node, lineAt);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return line;
      line = rangeLine(pair.key, lineAt) ?? line;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
      const item: unknown = node.items[Number(key)];
      if (item === undefined) return line;
      line = rangeLine(item, lineAt) ?? line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function rangeLine(node: unknown, lineAt: (offset: number) => number): number | null {
  if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    if (typeof start === 'number') return lineAt(start);
  }
  return null;
}
