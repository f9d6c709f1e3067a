/**
 * The duplicate rule every "one X per Y" check shares. A key held twice is reported on both
 * files, each message naming the other: in a pull request the new file is the one in the diff,
 * and it is not always the one that sorts first.
 */
import type { Entry } from '../content/entries.ts';
import type { FieldPath, Reporter } from './reporter.ts';

/** What a claim is about, and how to word the problem when another file holds the same key. */
export interface Claim<K> {
  key: K;
  entry: Entry<unknown>;
  path: FieldPath;
  /** The problem reported on this file, naming the other holder of the key. */
  message: (other: Entry<unknown>) => string;
}

/** What a key is held by: a claim, or a file that holds it without one (reported on nothing). */
export type Holder<K> = Claim<K> | { entry: Entry<unknown> };

/**
 * Records the holder of a key. A later holder is reported, naming the first; the first is
 * reported too, naming that later holder, when it holds the key through a claim.
 */
export function claim<K>(seen: Map<K, Holder<K>>, report: Reporter, held: Claim<K>): void {
  const first = seen.get(held.key);
  if (!first) {
    seen.set(held.key, held);
    return;
  }
  if (first.entry === held.entry) return;
  report.error(held.entry, held.path, held.message(first.entry));
  if ('message' in first) report.error(first.entry, first.path, first.message(held.entry));
}

/**
 * `claim` for a thing known by several keys (a name compared two ways): reported once against the
 * first holder of any of its keys, else recorded under all of them.
 */
export function claimAny<K>(
  seen: Map<K, Holder<K>>,
  report: Reporter,
  keys: readonly K[],
  held: Omit<Claim<K>, 'key'>,
): void {
  const taken = keys.find((key) => seen.has(key));
  if (taken !== undefined) {
    claim(seen, report, { ...held, key: taken });
    return;
  }
  for (const key of keys) claim(seen, report, { ...held, key });
}
