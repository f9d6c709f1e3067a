/**
 * Files content points at outside the content folder: a tool's logo must be a file the site
 * actually serves from `public/`. Whether a file exists is asked of the caller, so the core stays
 * free of the file system.
 */
import type { Entries } from './entries.ts';
import { shown } from '../messages/one-line.ts';
import type { Problem } from '../messages/problems.ts';

/** True when the site serves a regular file at this site path (`/logos/x.svg` -> `public/logos/x.svg`). */
export type PublicFileExists = (sitePath: string) => boolean;

/** Logos that name no file under `public/`. */
export function checkAssets(entries: Entries, exists: PublicFileExists): Problem[] {
  const problems: Problem[] = [];
  for (const tool of entries.tools) {
    const src = tool.data.logo?.src;
    if (src === undefined || exists(src)) continue;
    problems.push({
      file: tool.file,
      line: tool.lineOf(['logo', 'src']),
      field: 'logo.src',
      message: `'${shown(src)}' is not a file under public/: add public${shown(src)} or fix the path.`,
      severity: 'error',
    });
  }
  return problems;
}
