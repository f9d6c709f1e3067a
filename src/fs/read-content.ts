/**
 * Reads a content folder from disk. The only place the content pipeline touches the file system.
 * It reads regular files only and reports, without reading them, everything else it finds
 * (symbolic links, hidden entries, FIFOs, oversized files), so nothing is skipped silently.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { decodeUtf8 } from '../core/content/encoding.ts';
import { MAX_FILE_BYTES } from '../core/limits.ts';
import type { SourceFile } from '../core/content/source.ts';

/** Every entry under `dir`, with paths as `dir` was given plus the entry's place in it, sorted. */
export function readContentDir(dir: string): SourceFile[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`content folder not found: ${dir}`);
  }
  const files: SourceFile[] = [];
  walk(dir, files);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// Walks one folder at a time: `readdirSync(dir, { recursive: true })` stats every entry again,
// which was a tenth of validating a 40,000-file corpus. Dirent types come from the folder listing
// and do not follow links, so a link is seen as a link.
function walk(dir: string, out: SourceFile[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const posix = toPosix(path);
    if (entry.name.startsWith('.')) {
      out.push({ path: posix, text: '', unread: { kind: 'hidden', folder: entry.isDirectory() } });
    } else if (entry.isSymbolicLink()) {
      out.push({ path: posix, text: '', unread: { kind: 'symlink' } });
    } else if (entry.isDirectory()) {
      walk(path, out);
    } else if (entry.isFile()) {
      out.push(readFile(path, posix));
    } else {
      out.push({ path: posix, text: '', unread: { kind: 'special' } });
    }
  }
}

function readFile(path: string, posix: string): SourceFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return { path: posix, text: '', unread: { kind: 'too-large', bytes: size } };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    const view = bytes.subarray(0, read);
    const text = decodeUtf8(view);
    return text === null
      ? { path: posix, text: '', unread: { kind: 'not-utf8', bytes: view } }
      : { path: posix, text };
  } finally {
    closeSync(fd);
  }
}

/** Path with forward slashes, as problems and tests print it on every OS. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
