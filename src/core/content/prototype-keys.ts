/**
 * `__proto__` written as a key. The YAML parser keeps it as an ordinary key, but a schema record
 * skips it (copying it would replace the prototype of the result), so without this check a votes
 * count or a pinned round keyed `__proto__` would vanish with no message.
 */
import { fieldName } from '../messages/error-map.ts';
import type { ParsedFile } from './parse-file.ts';
import type { Problem } from '../messages/problems.ts';

const RESERVED = '__proto__';

/** One error for every `__proto__` key anywhere in the file's data, on its line. */
export function prototypeKeyProblems(parsed: ParsedFile): Problem[] {
  const found: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const at = [...path, key];
        if (key === RESERVED) {
          found.push({
            file: parsed.file,
            line: parsed.lineOf(at),
            field: fieldName(at),
            message: `'${RESERVED}' cannot be a key: it is not a slug, and it would be dropped; key the entry by a slug (lowercase letters and digits joined by single hyphens, e.g. 'my-tool-2').`,
            severity: 'error',
          });
        } else walk((value as Record<string, unknown>)[key], at);
      }
    }
  };
  walk(parsed.data, []);
  return found;
}
