/**
 * The duplicate rule every "one X per Y" check shares: the first holder of a key keeps it.
 */
import type { Entry } from '../load.ts';
import type { FieldPath, Reporter } from './reporter.ts';

/** What a claim is about, and how to word the problem when the key is already taken. */
export interface Claim<K> {
  key: K;
  entry: Entry<unknown>;
  path: FieldPath;
  /** The problem reported on a later holder, naming the first. */
  message: (first: Entry<unknown>) => string;
}

/** Records the first holder of a key; a later holder gets a problem naming the first. */
export function claim<K>(
  seen: Map<K, Entry<unknown>>,
  report: Reporter,
  { key, entry, path, message }: Claim<K>,
): void {
  const first = seen.get(key);
  if (first && first !== entry) report.error(entry, path, message(first));
  else seen.set(key, entry);
}
