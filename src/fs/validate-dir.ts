/**
 * Validates a content folder on disk as every command does: the folder's files, the site's
 * `public/` for files content points at, and the build's day for schedules and staleness.
 */
import { normalize } from 'node:path';
import { PUBLIC_DIR } from '../config.ts';
import { validateContent, type Validation } from '../core/content.ts';
import { buildDay } from './build-day.ts';
import { publicFiles } from './public-files.ts';
import { readContentDir, toPosix } from './read-content.ts';

/** Reads and validates `dir`; throws only when the folder does not exist. */
export function validateContentDir(dir: string, today = buildDay()): Validation & { fileCount: number } {
  const files = readContentDir(dir);
  const validation = validateContent(files, toPosix(normalize(dir)), {
    today,
    publicFile: publicFiles(PUBLIC_DIR),
  });
  return { ...validation, fileCount: files.filter((file) => !file.unread).length };
}
