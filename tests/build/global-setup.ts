/**
 * Builds the test sites the build tier reads (tests/support/test-sites.ts), unless their last build
 * is current; `npm run build:test` and the end-to-end tier share the same builds.
 */
import { ensureTestSites } from '../support/test-sites.ts';

export default function setup(): void {
  ensureTestSites();
}
