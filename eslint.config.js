// Lint rules for TypeScript modules, scripts, tests and Astro components, and the boundaries
// between the pure core, the browser, the Worker and the Node-bound code.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Node's built-in modules under every name an import can use (`fs`, `node:fs`, `fs/promises`). */
const NODE_BUILTINS = builtinModules.flatMap((name) => [name, `${name}/*`, `node:${name}`, `node:${name}/*`]);

const nodeImports = (where) => ({
  group: ['node:*', ...NODE_BUILTINS],
  message: `${where} runs where Node does not: take what it needs as arguments (text, Web Crypto) or move the code beside its platform.`,
});

/** Code under these folders runs on Node only. */
const NODE_FOLDERS = ['**/fs/**', '**/build/**', '**/server/**', '**/integrations/**', '**/config.ts'];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '*.building/',
      '*.replaced/',
      '.astro/',
      '.cache/',
      '.bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'public/',
      '.data/',
      '.wrangler/',
      '.tmp/',
      '.test-sites/',
      'test-reports/',
    ],
  },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    // The core is the rules every adapter shares: no platform, no framework, no files.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeImports('src/core'),
            {
              group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
              message: 'src/core knows no Astro: pages read the prepared Site.',
            },
            {
              group: ['hono', 'hono/*', '@hono/*'],
              message: 'src/core knows no HTTP framework: src/server adapts it.',
            },
            {
              group: ['cloudflare:*', '@cloudflare/*'],
              message: 'src/core knows no Cloudflare: src/server/worker.ts adapts it.',
            },
            {
              group: NODE_FOLDERS,
              message: 'src/core imports nothing from the Node-bound folders; they import it.',
            },
            { group: ['**/client/**'], message: 'src/core imports no browser code; src/client imports it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
  {
    // Browser scripts: bundled for the page, so Node and the Node-bound folders are out.
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeImports('src/client'),
            { group: NODE_FOLDERS, message: 'Browser code imports no Node-bound code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
  {
    // The Worker runs on workerd without Node compatibility.
    files: ['src/server/worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeImports('The Worker'),
            {
              group: [
                '**/fs/**',
                '**/build/**',
                '**/integrations/**',
                '**/config.ts',
                '**/node.ts',
                '**/static/**',
                '**/stores/sqlite.ts',
                '**/migrations-folder.ts',
              ],
              message: 'The Worker imports no Node-bound code.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
);
