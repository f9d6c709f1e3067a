/**
 * Unit tests: fast, no browser, no build. When `VITEST_JSON_OUTPUT_FILE` is set
 * (CI does), a JSON report is written there next to the readable output.
 */
import { defineConfig } from 'vitest/config';

const jsonReport = process.env['VITEST_JSON_OUTPUT_FILE'];

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Several suites spawn the CLI or a build; on a loaded two-core machine 5 s is not enough.
    testTimeout: 30_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
