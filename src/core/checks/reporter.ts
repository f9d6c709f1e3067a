/**
 * Collects the problems the cross-file checks find, each located by entry and field path.
 */
import { fieldName } from '../messages/error-map.ts';
import type { Entry } from '../content/entries.ts';
import type { Problem } from '../messages/problems.ts';

/** Where a problem points inside an entry: a field path, or null for the file as a whole. */
export type FieldPath = readonly PropertyKey[] | null;

/** Turns (entry, field path, message) into located problems; every check writes through one. */
export class Reporter {
  readonly problems: Problem[] = [];

  /** Records a problem that blocks publishing. */
  error(entry: Entry<unknown>, path: FieldPath, message: string): void {
    this.add(entry, path, message, 'error');
  }

  /** Records a problem that is printed but does not block publishing. */
  warn(entry: Entry<unknown>, path: FieldPath, message: string): void {
    this.add(entry, path, message, 'warning');
  }

  /** Records something an editor should know that is not wrong, such as a scheduled date. */
  notice(entry: Entry<unknown>, path: FieldPath, message: string): void {
    this.add(entry, path, message, 'notice');
  }

  private add(entry: Entry<unknown>, path: FieldPath, message: string, severity: Problem['severity']): void {
    this.problems.push({
      file: entry.file,
      line: path ? entry.lineOf(path) : 1,
      field: path && path.length > 0 ? fieldName(path) : null,
      message,
      severity,
    });
  }
}
