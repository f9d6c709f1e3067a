/** Where the project and the end-to-end site live, independent of the working directory. */
import { PROJECT_ROOT } from '../../support/paths.ts';
import { testSite } from '../../support/test-sites.ts';

export { PROJECT_ROOT };

/** The built frozen seed site the specs run against (tests/support/test-sites.ts). */
export const DIST_DIR = testSite('fixture').dist;
