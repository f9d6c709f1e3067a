/**
 * Loads content files on two threads when there are enough of them to pay for a worker:
 * parsing and schema-checking tens of thousands of files is most of validating them, and each
 * file is loaded on its own, so the sorted list splits in two and the halves merge back into
 * exactly what one thread would have loaded.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadEntries, type Loaded } from '../core/load.ts';
import { fromPlain, mergeLoaded, type PlainLoaded } from '../core/load-merge.ts';
import { parseFile } from '../core/parse-file.ts';
import type { SourceFile } from '../core/source.ts';
import type { LoadJob } from './load-worker.ts';

/** Below this many files a worker's start-up (loading the schemas again) costs more than it saves. */
const MIN_FILES_FOR_WORKER = 4000;

/** A worker started early, so it loads its modules while the folder is still being read. */
export interface LoadWorker {
  load(files: readonly SourceFile[], root: string): Promise<Loaded>;
  /** Ends the worker when it was started but not used. */
  close(): void;
}

/** Starts the worker that `load` will use, or none on a machine with one core. */
export function startLoadWorker(minFiles = MIN_FILES_FOR_WORKER): LoadWorker {
  const worker = availableParallelism() > 1 ? new Worker(new URL('./load-worker.ts', import.meta.url)) : null;
  worker?.unref();
  return {
    close: () => void worker?.terminate(),
    load: async (files, root) => {
      if (!worker || files.length < minFiles) {
        void worker?.terminate();
        return loadEntries(files, root);
      }
      // The worker takes the first half so the main thread, done with its own half, waits least.
      const half = Math.ceil(files.length / 2);
      const mine = files.slice(half);
      const theirs = files.slice(0, half);
      const answer = new Promise<PlainLoaded>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`content loader thread stopped (exit code ${code})`)));
      });
      worker.postMessage({ files: theirs, root } satisfies LoadJob);
      const second = loadEntries(mine, root);
      const plain = await answer;
      void worker.terminate();
      const byPath = new Map(theirs.map((file) => [file.path, file]));
      const first = fromPlain(plain, (path) => lazyLineOf(byPath.get(path)));
      return mergeLoaded([first, second]);
    },
  };
}

// A worker's entries lost their line finders; a message needing a line parses the file again.
function lazyLineOf(source: SourceFile | undefined): (path: readonly PropertyKey[]) => number {
  let lineOf: ((path: readonly PropertyKey[]) => number) | null = null;
  return (path) => {
    if (!source) return 1;
    lineOf ??= parseFile(source).lineOf;
    return lineOf(path);
  };
}
