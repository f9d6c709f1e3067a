// @ts-check
import { defineConfig } from 'astro/config';
import { cacheFolder, DIST_DIR, PUBLIC_DIR, SITE } from './src/config.ts';
import { contentErrors } from './src/integrations/content-errors.ts';
import { contentReload } from './src/integrations/content-reload.ts';
import { devOutputs } from './src/integrations/dev-outputs.ts';
import { voteApi } from './src/integrations/vote-api.ts';

const STYLE_MODULE = /[?&]type=style|\.css($|\?)/;
// Routes whose styles only their own pages use; the comparison route's stay in the shared sheet.
const OWN_STYLESHEET = /\/src\/pages\/(?!compare\/(?:\[slug\]\.astro|_components\/))/;

/** Styles every page shares, comparison pages' included: one file, as when all rules lived in global.css. */
function inSiteStylesheet(/** @type {string} */ id) {
  return STYLE_MODULE.test(id) && !OWN_STYLESHEET.test(id);
}

export default defineConfig({
  site: SITE.url,
  output: 'static',
  outDir: DIST_DIR,
  publicDir: PUBLIC_DIR,
  cacheDir: cacheFolder('astro'),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The Content-Security-Policy allows styles from 'self' only, so CSS must stay in files.
    inlineStylesheets: 'never',
    // Several pages in flight overlap rendering with writing files.
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  experimental: {
    // A page whose cacheKey (src/build/page-cache-key.ts) and templates are unchanged is restored
    // from the previous build: changing one verdict re-renders the pages that show it, not 40,000.
    incrementalBuild: true,
  },
  // Content errors answer first, so a broken file shows the validator's lines, not a failed page.
  integrations: [contentReload(), contentErrors(), devOutputs(), voteApi()],
  vite: {
    // Small scripts would otherwise be inlined, which the policy forbids ('self' only).
    build: { assetsInlineLimit: 0 },
    // One shared stylesheet, as when all rules lived in global.css: with each component's rules
    // beside it, Astro's default split gave a comparison page five small files and 770 B more gzip.
    // Only routes other than the comparison route keep their own rules in a second, per-page file. Component styles are global (not Astro-scoped) for the same reason: scoping marks every
    // element with an attribute, another 430 B of HTML per comparison page.
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'site', test: inSiteStylesheet }] } },
          },
        },
      },
    },
    // Build outputs and benchmark corpora hold tens of thousands of files the dev server never serves.
    server: {
      watch: {
        ignored: [
          '**/dist/**',
          '**/*.building/**',
          '**/*.replaced/**',
          '**/.bench/**',
          '**/.cache/**',
          '**/test-results/**',
          '**/.data/**',
          '**/.wrangler/**',
        ],
      },
    },
  },
});
