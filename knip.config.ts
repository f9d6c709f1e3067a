/**
 * Unused files, exports and dependencies (`npm run lint` runs knip). Entry points that
 * package.json scripts, Astro, Vitest and Playwright name are found by knip's plugins; the ones
 * below are loaded in ways it cannot follow.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Loaded by `<script src>` in src/pages/search.astro, which Astro bundles for the browser.
    'src/scripts/search.ts',
    // Loaded by `<script src>` in src/pages/compare/index.astro.
    'src/scripts/compare-any.ts',
    // Spawned by path from scripts/bench.ts (`--seed-og-cache`).
    'scripts/bench/seed-og-cache.ts',
    // Build steps spawned by path from scripts/lib/build-steps.ts (npm run build and the bench).
    'scripts/og-images.ts',
    'scripts/post-build.ts',
    'scripts/search-index.ts',
  ],
  project: ['**/*.{ts,mjs,astro}'],
  // A system tool (coreutils) the hostile-content tests use to put a FIFO in a content folder.
  ignoreBinaries: ['mkfifo'],
  ignoreDependencies: [
    // Its WOFF files are resolved by a computed name in src/lib/og-render.ts.
    '@fontsource/inter',
  ],
};

export default config;
