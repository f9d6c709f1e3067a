/**
 * Validates a content folder on disk as every command does: the folder's files, the site's
 * `public/` for files content points at, and today's date for staleness.
 */
import { normalize } from 'node:path';
import { PUBLIC_DIR } from '../config.ts';
import { todayIso, validateContent, validateLoaded, type Validation } from '../core/content.ts';
import { startLoadWorker } from './load-on-cores.ts';
import { publicFiles } from './public-files.ts';
import { readContentDir, toPosix } from './read-content.ts';

/** A validation and how many files were read for it. */
type DirValidation = Validation & { fileCount: number };

/** Reads and validates `dir`; throws only when the folder does not exist. */
export function validateContentDir(dir: string, today = todayIso()): DirValidation {
  const files = readContentDir(dir);
  const validation = validateContent(files, toPosix(normalize(dir)), {
    today,
    publicFile: publicFiles(PUBLIC_DIR),
  });
  return { ...validation, fileCount: files.filter((file) => !file.unread).length };
}

/**
 * The same validation with the files loaded on two threads when there are many
 * (`load-on-cores.ts`), for the commands that validate a whole folder and wait for nothing else.
 */
export async function validateContentDirOnCores(dir: string, today = todayIso()): Promise<DirValidation> {
  const worker = startLoadWorker();
  let files;
  try {
    files = readContentDir(dir);
  } catch (error) {
    worker.close();
    throw error;
  }
  const root = toPosix(normalize(dir));
  const validation = validateLoaded(await worker.load(files, root), root, {
    today,
    publicFile: publicFiles(PUBLIC_DIR),
  });
  return { ...validation, fileCount: files.filter((file) => !file.unread).length };
}
