/** Where the project and its test sites live, independent of the working directory. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Seed pages the comparison pages must reproduce, as published. */
export const SEEDS_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds');
