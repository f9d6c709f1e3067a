/**
 * Loading content on two threads gives exactly what one thread gives: the same entries, the same
 * problems on the same lines, however the sorted file list is split.
 */
import { describe, expect, it } from 'vitest';
import { validateLoaded } from '../../src/core/content.ts';
import { loadEntries, type Loaded } from '../../src/core/load.ts';
import { fromPlain, mergeLoaded, toPlain } from '../../src/core/load-merge.ts';
import { parseFile } from '../../src/core/parse-file.ts';
import { formatProblem } from '../../src/core/problems.ts';
import { startLoadWorker } from '../../src/fs/load-on-cores.ts';
import { readContentDir } from '../../src/fs/read-content.ts';
import { TODAY } from './support/content.ts';

const FIXTURES = ['broken', 'minimal', 'aliases', 'unpublished-pair', 'seeds'] as const;

/** A validation as text: every problem as printed, and every entry with the line of its first field. */
function described(loaded: Loaded, root: string): { problems: string[]; entries: string[] } {
  const validation = validateLoaded(loaded, root, { today: TODAY });
  const { present: _present, verdictPlaces: _places, ...lists } = validation.entries;
  return {
    problems: validation.problems.map(formatProblem),
    entries: Object.values(lists).flatMap((list) =>
      list.map((entry) => {
        const field = Object.keys(entry.data as object)[0] ?? '';
        return `${entry.file}:${entry.lineOf([field])}: ${JSON.stringify({ ...entry, lineOf: undefined })}`;
      }),
    ),
  };
}

describe.each(FIXTURES)('the %s fixture', (name) => {
  const root = `tests/fixtures/${name}`;
  const files = readContentDir(root);
  const expected = described(loadEntries(files, root), root);
  const lineFinder = (path: string) => {
    const source = files.find((file) => file.path === path);
    if (!source) throw new Error(`no file ${path}`);
    return parseFile(source).lineOf;
  };

  it('merges back to one load at every split of the file list', () => {
    for (let at = 0; at <= files.length; at++) {
      const sent = structuredClone(toPlain(loadEntries(files.slice(0, at), root)));
      const merged = mergeLoaded([fromPlain(sent, lineFinder), loadEntries(files.slice(at), root)]);
      expect(described(merged, root)).toEqual(expected);
    }
  });

  it('loads the same on a worker thread', async () => {
    const loaded = await startLoadWorker(0).load(files, root);
    expect(described(loaded, root)).toEqual(expected);
  });
});
