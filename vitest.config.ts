/**
 * Vitest runs two tiers (README, "Tests"), each a project:
 * - `unit` (tests/unit, `npm run test:unit`): starts no build, no server process and no browser,
 *   and reads frozen fixtures; seconds per file.
 * - `build` (tests/build, `npm run test:build`): tests that need a built site or a running server.
 *   They share one build of each test site (tests/support/test-sites.ts), which the global setup
 *   makes unless it is current; the end-to-end tier reuses the same builds.
 * - `bench` (tests/bench, `npm run test:bench`): the benchmark smoke test, run on request only.
 *
 * Under GitHub Actions failures also become annotations; `VITEST_JSON_OUTPUT_FILE` names a JSON
 * report to write (CI keeps it as a file, out of the log).
 */
import { defineConfig } from 'vitest/config';

const jsonReport = process.env['VITEST_JSON_OUTPUT_FILE'];
const reporters = [
  'default',
  ...(process.env['GITHUB_ACTIONS'] === 'true' ? ['github-actions'] : []),
  ...(jsonReport ? ['json'] : []),
];

export default defineConfig({
  test: {
    environment: 'node',
    reporters,
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Files share each worker's loaded modules: importing the content pipeline once per worker
          // instead of once per file. A file that needs a module loaded afresh resets the registry.
          isolate: false,
          // Every core: many files wait on a CLI they spawn, and Vitest's default leaves one core idle.
          maxWorkers: '100%',
          // Several suites spawn a CLI; on a loaded two-core machine 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          // One file at a time: the incremental build and `astro dev` would share two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'bench', include: ['tests/bench/**/*.test.ts'], testTimeout: 600_000 },
      },
    ],
  },
});
