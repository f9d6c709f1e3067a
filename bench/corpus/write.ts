/**
 * Writes a generated corpus to disk, refusing to overwrite a folder it did not create.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusFile } from './tools.ts';

/** The marker naming what a corpus folder was generated from sits beside it, so the folder holds only content. */
function markerPath(dir: string): string {
  return `${dir.replace(/[/\\]+$/, '')}.corpus.json`;
}

/** The marker of a corpus folder, or null when the folder is missing or was not generated. */
export function readMarker(dir: string): unknown {
  const path = markerPath(dir);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Replaces `dir` with the corpus. Throws if `dir` holds anything but an earlier generated corpus. */
export function writeCorpus(dir: string, files: readonly CorpusFile[], marker: unknown): void {
  if (existsSync(dir) && readdirSync(dir).length > 0 && readMarker(dir) === null) {
    throw new Error(`${dir} is not empty and was not written by the corpus generator; pick another --out`);
  }
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of files) {
    const path = join(dir, file.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, file.text);
  }
  writeFileSync(markerPath(dir), `${JSON.stringify(marker, null, 2)}\n`);
}
