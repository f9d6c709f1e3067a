/**
 * Validates a content folder on disk as every command does: the folder's files, the site's
 * `public/` for files content points at, and today's date for staleness.
 */
import { normalize } from 'node:path';
import { PUBLIC_DIR } from '../config.ts';
import { todayIso, validateContent, type Validation } from '../core/content.ts';
import { publicFiles } from './public-files.ts';
import { readContentDir, toPosix } from './read-content.ts';

/** Reads and validates `dir`; throws only when the folder does not exist. */
export function validateContentDir(dir: string, today = todayIso()): Validation & { fileCount: number } {
  const files = readContentDir(dir);
  const validation = validateContent(files, toPosix(normalize(dir)), {
    today,
    publicFile: publicFiles(PUBLIC_DIR),
  });
  return { ...validation, fileCount: files.filter((file) => !file.unread).length };
}
