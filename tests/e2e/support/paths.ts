/** Where the project and its build live, independent of the working directory. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The site the tests build and serve: a folder of their own, never the owner's `dist/`. */
export const DIST_DIR = join(PROJECT_ROOT, '.cache', 'e2e', 'dist');

/** Seed pages the comparison pages must reproduce. */
export const SEEDS_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds');
