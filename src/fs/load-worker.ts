/**
 * A worker thread that loads one slice of the content files (`loadEntries`) for
 * `loadEntriesOnCores`, and answers with the result as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { loadEntries } from '../core/load.ts';
import { toPlain } from '../core/load-merge.ts';
import type { SourceFile } from '../core/source.ts';

/** What the worker is sent: its slice of the sorted file list and the content folder. */
export interface LoadJob {
  files: SourceFile[];
  root: string;
}

parentPort?.once('message', ({ files, root }: LoadJob) => {
  parentPort?.postMessage(toPlain(loadEntries(files, root)));
});
