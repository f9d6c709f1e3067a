// @ts-check
import { defineConfig } from 'astro/config';
import { DIST_DIR, SITE } from './src/config.ts';
import { contentReload } from './src/integrations/content-reload.ts';
import { devOutputs } from './src/integrations/dev-outputs.ts';

export default defineConfig({
  site: SITE.url,
  output: 'static',
  outDir: DIST_DIR,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The Content-Security-Policy allows styles from 'self' only, so CSS must stay in files.
    inlineStylesheets: 'never',
    // Social images rasterize off the main thread; overlapping them with page rendering cuts cold builds by about a third.
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  integrations: [contentReload(), devOutputs()],
  vite: {
    // Small scripts would otherwise be inlined, which the policy forbids ('self' only).
    build: { assetsInlineLimit: 0 },
    // Build outputs and benchmark corpora hold tens of thousands of files the dev server never serves.
    server: { watch: { ignored: ['**/dist/**', '**/.bench/**', '**/.cache/**', '**/test-results/**'] } },
  },
});
