/** Where the project and its build live, independent of the working directory. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Built site. */
export const DIST_DIR = join(PROJECT_ROOT, 'dist');

/** Seed pages the comparison pages must reproduce. */
export const SEEDS_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds');
