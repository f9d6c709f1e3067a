/**
 * A file's fields must agree with its place: `verdicts/<tool>/<round>/<reviewer>.md` and
 * `rounds/<tool>/<date>.md`. Pages follow the fields and editors follow the path, so a
 * disagreement would publish something other than what a reviewer of the diff saw.
 */
import type { Entry } from '../content/entries.ts';
import type { CheckContext } from './context.ts';

/** One field and the value the file's place gives it. */
interface PlacedField {
  field: string;
  value: string;
  /** The same value as read from the path. */
  fromPath: string;
  /** What that part of the path is, in an editor's words. */
  part: string;
}

/** The last `count` segments of a file's path, the file extension removed from the last. */
export function placeOf(file: string, count: number): string[] {
  const segments = file.split('/').slice(-count);
  const last = segments.length - 1;
  segments[last] = (segments[last] ?? '').replace(/\.md$/, '');
  return segments;
}

/** Reports each field that contradicts the file's place; true when every field agrees. */
export function checkPlace(
  { report }: CheckContext,
  entry: Entry<unknown>,
  fields: readonly PlacedField[],
  expectedPath: string,
): boolean {
  let agrees = true;
  for (const { field, value, fromPath, part } of fields) {
    if (value === fromPath) continue;
    agrees = false;
    report.error(
      entry,
      [field],
      `'${value}' contradicts the file's place (${part} '${fromPath}'): write \`${field}: ${fromPath}\`, or if the ${part} is the mistake, move the file to ${expectedPath}.`,
    );
  }
  return agrees;
}
