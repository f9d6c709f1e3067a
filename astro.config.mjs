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

/** The comparison page's one script (votes in place, Your panel's loader). */
const COMPARISON_SCRIPT = /\/src\/client\/comparison-page\.ts$/;
/** Marks a module as the comparison script's own copy. */
const OWN_COPY = '?own-copy';

/**
 * The comparison page's script carries its own copy of every module it imports. Vite would put
 * the modules it shares with other pages' scripts (figure wording, paths) into common files: more
 * requests before the script runs, holding also what only the other pages use (1.2 KB gzip on
 * every comparison page). A module the script reaches is resolved under a marked id, so it is a
 * module of its own, tree-shaken into the script's one file. Build only: `astro dev` serves modules
 * one by one anyway.
 * @returns {import('vite').Plugin}
 */
function comparisonScriptOwnCopies() {
  return {
    name: 'shipworthy:comparison-script-own-copies',
    apply: 'build',
    // Before Vite's resolver, which would answer first.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer || !(importer.endsWith(OWN_COPY) || COMPARISON_SCRIPT.test(importer))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || /[?\0]/.test(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${OWN_COPY}` };
    },
  };
}

/**
 * A page script's file is named after the file its `<script>` is in ("Base", "_slug_"), not the
 * module id Astro gives it ("Base.astro_astro_type_script_index_0_lang"): every page names its
 * scripts, so the id's 40 characters were weight on every page.
 * @param {{ name: string }} chunk
 */
function pageScriptFileName(chunk) {
  const [file = ''] = chunk.name.split('.astro');
  return `_astro/${file.replace(/[^\w-]/g, '') || 'script'}.[hash].js`;
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
    plugins: [comparisonScriptOwnCopies()],
    // Small scripts would otherwise be inlined, which the policy forbids ('self' only).
    build: { assetsInlineLimit: 0 },
    // One shared stylesheet, as when all rules lived in global.css: with each component's rules
    // beside it, Astro's default split gave a comparison page five small files and 770 B more gzip.
    // Only routes other than the comparison route keep their own rules in a second, per-page file. Component styles are global (not Astro-scoped) for the same reason: scoping marks every
    // element with an attribute, another 430 B of HTML per comparison page.
    environments: {
      client: { build: { rolldownOptions: { output: { entryFileNames: pageScriptFileName } } } },
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
