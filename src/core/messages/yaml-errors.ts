/**
 * YAML syntax errors in an editor's words: the line and the field it is on, what went wrong and
 * how to write it instead. The parsers' own messages ("bad indentation of a mapping entry") name
 * the grammar rule that failed, not the mistake that breaks it.
 */
import { YAMLException } from 'js-yaml';
import { MAX_YAML_DEPTH } from '../limits.ts';
import { shown } from './one-line.ts';

/** One refused YAML construct, located in the file. */
export interface YamlError {
  line: number;
  /** The field the line sets, when it sets one. */
  field: string | null;
  message: string;
}

/** A syntax error as the position-keeping parser reports it (1-based line, its error code). */
export interface PositionError {
  line: number;
  code: string;
  message: string;
}

// `key:` at the start of a line (after list dashes), quoted or not.
const KEY_LINE = /^\s*(?:-\s+)*(?:"([^"]*)"|'([^']*)'|([^\s"'#:[\]{},][^#:]*?))\s*:(?:\s+(.*?))?\s*$/;

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Describes why the text is not YAML. `positionError` runs the position-keeping parser, whose
 * error codes tell mistakes apart; the fast parser's own error is the fallback.
 */
export function describeYamlError(
  text: string,
  error: unknown,
  positionError: () => PositionError | null,
): YamlError {
  const lines = text.split('\n');
  const fast = error instanceof YAMLException ? error : null;
  const fastLine = (fast?.mark?.line ?? 0) + 1;
  if (fast?.reason.includes('maxDepth')) {
    return at(
      lines,
      fastLine,
      `values are nested more than ${MAX_YAML_DEPTH} levels deep: content fields nest at most three.`,
    );
  }
  if (fast?.reason.includes('single document')) {
    return {
      line: lastDocumentMarker(lines),
      field: null,
      message: 'invalid YAML: a file holds one YAML document: remove the extra `---` or `...` line.',
    };
  }
  const found = positionError();
  if (!found) return at(lines, fastLine, fast?.reason ?? 'the YAML could not be read.');
  return reword(lines, found);
}

function reword(lines: string[], { line, code, message }: PositionError): YamlError {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const parsed = keyOf(lines[line - 1]);
      if (parsed?.value.includes(': ')) {
        const example =
          parsed.value.length <= 60 ? `${parsed.key}: ${JSON.stringify(parsed.value)}` : `${parsed.key}: "…"`;
        return at(
          lines,
          line,
          `the value holds ': ', which YAML reads as the start of another field: put the whole value in quotes, e.g. ${example}.`,
        );
      }
      return at(
        lines,
        line,
        "a field's value cannot start another field on the same line: put the value in quotes, or move the inner field to its own line.",
      );
    }
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(message)?.[1];
      if (quote) {
        const opened = openerLine(lines, line, quote, quote) ?? line;
        return at(
          lines,
          opened,
          `the quoted value is never closed: end it with the same quote mark (${quote}) it opens with.`,
        );
      }
      return at(
        lines,
        line,
        "this line is not a field: write it as 'name: value', with a space after the colon.",
      );
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return at(
        lines,
        line,
        "this line is not a field: write it as 'name: value', with a space after the colon.",
      );
    case 'TAB_AS_INDENT':
      return at(lines, line, 'the line is indented with a tab: YAML indents with spaces only.');
    case 'DUPLICATE_KEY': {
      const key = keyOf(lines[line - 1])?.key;
      const first =
        key === undefined ? -1 : lines.findIndex((text, i) => i < line - 1 && keyOf(text)?.key === key);
      return at(
        lines,
        line,
        `'${shown(key ?? '')}' is set twice${first >= 0 ? ` (also on line ${first + 1})` : ''}: keep one.`,
      );
    }
    case 'BAD_SCALAR_START': {
      const parsed = keyOf(lines[line - 1]);
      const char = /character (\S)/.exec(message)?.[1] ?? parsed?.value.charAt(0) ?? '';
      const fix =
        parsed && parsed.value.length <= 60
          ? `write ${parsed.key}: ${JSON.stringify(parsed.value)}`
          : 'quote the value';
      return at(lines, line, `a value cannot start with '${char}' unless it is quoted: ${fix}.`);
    }
    case 'BAD_INDENT': {
      for (const [open, close, noun] of [
        ['[', ']', 'list'],
        ['{', '}', 'map'],
      ] as const) {
        if (message.includes(`end with a ${close}`)) {
          const opened = openerLine(lines, line, open, close) ?? line;
          return at(
            lines,
            opened,
            `the ${noun} opened with '${open}' is not closed: end it with '${close}' on the same line.`,
          );
        }
      }
      return at(
        lines,
        line,
        'this line is indented differently from the fields beside it: line them up in the same column.',
      );
    }
    case 'MULTIPLE_DOCS':
      return {
        line,
        field: null,
        message: 'invalid YAML: a file holds one YAML document: remove the extra `---` or `...` line.',
      };
    default:
      return at(lines, line, `${message.replace(/\.$/, '')}.`);
  }
}

// Every message is said about a line and the field that line sets.
function at(lines: readonly string[], line: number, message: string): YamlError {
  return { line, field: keyOf(lines[line - 1])?.key ?? null, message: `invalid YAML: ${message}` };
}

/** The field a line sets and the raw value written after it. */
function keyOf(line: string | undefined): { key: string; value: string } | null {
  const match = line === undefined ? null : KEY_LINE.exec(line);
  if (!match) return null;
  const key = match[1] ?? match[2] ?? match[3] ?? '';
  return key ? { key, value: match[4] ?? '' } : null;
}

// The nearest line at or above `from` where `open` is left unbalanced: where a list, map or quote began.
function openerLine(lines: readonly string[], from: number, open: string, close: string): number | null {
  for (let i = Math.min(from, lines.length) - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    const opens = text.split(open).length - 1;
    const closes = open === close ? 0 : text.split(close).length - 1;
    if (open === close ? opens % 2 === 1 : opens > closes) return i + 1;
  }
  return null;
}

function lastDocumentMarker(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (/^(---|\.\.\.)(\s|$)/.test(lines[i] ?? '')) return i + 1;
  return 1;
}
