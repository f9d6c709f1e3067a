// @ts-check
import { defineConfig } from 'astro/config';
import { contentReload } from './src/integrations/content-reload.ts';
import { devOutputs } from './src/integrations/dev-outputs.ts';

// Same rule as SITE.url in src/config.ts: the deployment origin comes from the environment.
const site = (process.env['SITE_URL'] ?? 'https://shipworthy.dev').replace(/\/+$/, '');

export default defineConfig({
  site,
  output: 'static',
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
