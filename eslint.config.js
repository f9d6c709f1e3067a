// Lint rules for TypeScript modules, scripts, tests and Astro components.
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

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
);
