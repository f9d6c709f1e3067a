/**
 * Unused files, exports and dependencies (`npm run lint` runs knip). Entry points that
 * package.json scripts, Astro, Vitest and Playwright name are found by knip's plugins; the ones
 * below are loaded in ways it cannot follow.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Loaded by `<script src>` in src/pages/search.astro, which Astro bundles for the browser.
    'src/client/search.ts',
    // Loaded by `<script src>` in src/pages/compare/index.astro.
    'src/client/compare-any.ts',
    // Loaded by `<script src>` in src/layouts/Base.astro; it imports the next ones by URL.
    'src/client/page.ts',
    // Bundled on their own by src/build/own-script.ts and loaded by URL on first use.
    'src/client/suggest/box.ts',
    'src/client/your-panel/panel.ts',
    'src/client/embed/draw.ts',
    'src/client/votes/send.ts',
    // Spawned by path from bench/build.ts (`--seed-og-cache`).
    'bench/lib/seed-og-cache.ts',
    // Spawned by path from bench/slow-clients.ts, one process per few thousand sockets.
    'bench/lib/slow-client.ts',
    // Build steps spawned by path from src/build/build-steps.ts (npm run build and the bench).
    'src/build/social-images/step.ts',
    'src/build/outputs/step.ts',
    'src/build/search-index/step.ts',
    'src/build/suggest-index/step.ts',
  ],
  project: ['**/*.{ts,mjs,astro}'],
  // System tools: coreutils' mkfifo (the hostile-content tests put a FIFO in a content folder) and
  // the Java runtime the W3C Nu HTML Checker runs on (npm run check:html).
  ignoreBinaries: ['mkfifo', 'java'],
  ignoreDependencies: [
    // Font files resolved by computed names in src/build/social-images/og-fonts.ts.
    '@fontsource/inter',
    '@fontsource/noto-emoji',
    '@fontsource/dejavu-sans',
    '@fontsource/unifontex',
    '@fontsource-variable/noto-sans-arabic',
    '@fontsource-variable/noto-sans-hebrew',
    '@fontsource-variable/noto-sans-sc',
    '@fontsource-variable/noto-sans-kr',
    '@fontsource-variable/noto-sans-devanagari',
    '@fontsource-variable/noto-sans-thai',
  ],
};

export default config;
