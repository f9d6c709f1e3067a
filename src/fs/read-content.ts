/**
 * Reads a content folder from disk. The only place the content pipeline touches the file system.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../core/source.ts';

/** Every regular file under `dir`, with paths as `dir` was given plus the file's place in it, sorted. */
export function readContentDir(dir: string): SourceFile[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`content folder not found: ${dir}`);
  }
  const files: SourceFile[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    files.push({ path: toPosix(join(dir, relative(dir, absolute))), text: readFileSync(absolute, 'utf8') });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Path with forward slashes, as problems and tests print it on every OS. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
