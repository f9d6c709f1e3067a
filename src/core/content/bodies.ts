/**
 * Checks on the Markdown body of a file: present where the kind needs one, within its size and
 * nesting limits, and holding only what will be published (see body-markup.ts).
 */
import { checkBodyMarkup } from './body-markup.ts';
import { nestingBound } from './body-nesting.ts';
import { BODIES, formatCount, MAX_MARKDOWN_NESTING } from '../limits.ts';
import type { ParsedFile } from './parse-file.ts';
import type { Problem } from '../messages/problems.ts';
import type { ContentKind } from '../schemas/index.ts';

/** Problems with a parsed file's body, located on the body's lines. */
export function checkBody(kind: ContentKind, parsed: ParsedFile): Problem[] {
  const { name, required, maxChars, owner } = BODIES[kind];
  const problem = (line: number, message: string): Problem => ({
    file: parsed.file,
    line,
    field: 'body',
    message,
    severity: 'error',
  });
  if (kind === 'votes') return [];
  if (parsed.body.trim() === '') {
    return required
      ? [problem(parsed.bodyLine, `${name} is empty: write ${owner} ${name} below the closing \`---\`.`)]
      : [];
  }
  const chars = countChars(parsed.body.trim(), maxChars);
  if (chars > maxChars) {
    return [
      problem(
        parsed.bodyLine,
        `${name} is ${formatCount(chars)} characters; the limit is ${formatCount(maxChars)}: shorten it.`,
      ),
    ];
  }
  // Checked before anything parses the body: parsing a body nested thousands deep is what takes seconds.
  const nesting = nestingBound(parsed.body);
  if (nesting.depth > MAX_MARKDOWN_NESTING) {
    return [
      problem(
        parsed.bodyLine + nesting.line - 1,
        `${name} nests ${formatCount(nesting.depth)} levels deep here (blockquotes, lists, emphasis and links inside each other); at most ${MAX_MARKDOWN_NESTING} can be published: flatten it.`,
      ),
    ];
  }
  return checkBodyMarkup(parsed.body).map((found) =>
    problem(parsed.bodyLine + found.line - 1, found.message),
  );
}

// Characters as readers count them (code points), computed only when the quick UTF-16 count is over.
function countChars(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}
