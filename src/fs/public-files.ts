/**
 * Answers whether the site serves a file from `public/`, for checks on paths content names.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicFileExists } from '../core/content/assets.ts';

/** A lookup of regular files under `publicDir`; links are not counted, since they can point anywhere. */
export function publicFiles(publicDir: string): PublicFileExists {
  return (sitePath) => lstatSync(join(publicDir, sitePath), { throwIfNoEntry: false })?.isFile() ?? false;
}
