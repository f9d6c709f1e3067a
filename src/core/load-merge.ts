/**
 * Loading split over threads: what one thread's `loadEntries` sends back (plain data; a line
 * finder is a closure and cannot cross) and the merge of parts loaded from consecutive slices of
 * the sorted file list into exactly what one `loadEntries` over every file gives.
 */
import type { Entries, Entry, Loaded } from './load.ts';
import type { ParsedFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import { SCHEMAS, type ContentKind } from './schemas/index.ts';

const KINDS = Object.keys(SCHEMAS) as ContentKind[];

/** An entry as it crosses between threads: everything but its line finder. */
type PlainEntry = Omit<Entry<unknown>, 'lineOf'>;

/** A `Loaded` as plain data, ready for `postMessage`. */
export interface PlainLoaded {
  entries: Record<ContentKind, PlainEntry[]> & Pick<Entries, 'present' | 'verdictPlaces'>;
  problems: Problem[];
}

/** Drops the line finders, the one part of a `Loaded` that is not plain data. */
export function toPlain({ entries, problems }: Loaded): PlainLoaded {
  const plain = { present: entries.present, verdictPlaces: entries.verdictPlaces } as PlainLoaded['entries'];
  for (const kind of KINDS) {
    plain[kind] = (entries[kind] as Entry<unknown>[]).map(({ lineOf: _lineOf, ...rest }) => rest);
  }
  return { entries: plain, problems };
}

/**
 * A `Loaded` again, each entry's line finder given by `lineFinder(file)`. Lines are needed only
 * for messages, so the finder may parse the file again when first asked.
 */
export function fromPlain(plain: PlainLoaded, lineFinder: (file: string) => ParsedFile['lineOf']): Loaded {
  const entries = { present: plain.entries.present, verdictPlaces: plain.entries.verdictPlaces } as Entries;
  for (const kind of KINDS) {
    (entries[kind] as Entry<unknown>[]) = plain.entries[kind].map((entry) => ({
      ...entry,
      lineOf: lineFinder(entry.file),
    }));
  }
  return { entries, problems: plain.problems };
}

/** One `Loaded` from parts loaded from consecutive slices of the file list, in that order. */
export function mergeLoaded(parts: readonly Loaded[]): Loaded {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeLoaded needs at least one part');
  const entries = {
    present: Object.fromEntries(KINDS.map((kind) => [kind, new Set(first.entries.present[kind])])),
    verdictPlaces: new Set(first.entries.verdictPlaces),
  } as Entries;
  for (const kind of KINDS) {
    // concat, not push(...list): a list of tens of thousands of arguments can overflow the stack.
    (entries[kind] as Entry<unknown>[]) = (first.entries[kind] as Entry<unknown>[]).concat(
      ...rest.map((part) => part.entries[kind] as Entry<unknown>[]),
    );
  }
  for (const part of rest) {
    for (const kind of KINDS) for (const id of part.entries.present[kind]) entries.present[kind].add(id);
    for (const place of part.entries.verdictPlaces) entries.verdictPlaces.add(place);
  }
  return { entries, problems: first.problems.concat(...rest.map((part) => part.problems)) };
}
