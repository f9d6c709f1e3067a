/**
 * End-to-end tests in a real browser against the built test sites (tests/support/test-sites.ts),
 * which the global setup builds unless `npm run build:test` or the build tier already did:
 * - `chromium`: the frozen seed site served the way `npm start` serves it (site and vote API in
 *   one process);
 * - `worker`: the same build as the Cloudflare Worker in wrangler's local mode;
 * - `live`: content/ plus the next editor's additions on a plain static host, where only what
 *   holds for any valid content is checked.
 * Under GitHub Actions failures also become annotations; `PLAYWRIGHT_JSON_OUTPUT_FILE` names a JSON
 * report to write (CI keeps it as a file, out of the log).
 */
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { CHROMIUM_FLAGS, installedChromium } from './scripts/lib/chromium.ts';

const jsonReport = process.env['PLAYWRIGHT_JSON_OUTPUT_FILE'];
const reporter: ReporterDescription[] = [
  ['list'],
  ...(process.env['GITHUB_ACTIONS'] === 'true' ? [['github'] as ReporterDescription] : []),
  ...(jsonReport ? [['json', { outputFile: jsonReport }] as ReporterDescription] : []),
];

// Tools that only read this file (lint) run before Chromium is installed; the global setup insists on it.
const executablePath = installedChromium();

// Set by the global setup once the servers are up; workers start later and inherit them.
const baseURL = process.env['E2E_BASE_URL'];
const workerURL = process.env['E2E_WORKER_URL'];
const liveURL = process.env['E2E_LIVE_URL'];

/** Specs that run on the live site only. */
const LIVE_SPECS = ['live-site.spec.ts', 'aliases.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Generous waits: the suite shares two cores with builds and other runs, and a slow machine must not
  // read as a broken page. Nothing here asserts a duration.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter,
  // Runs sharing a checkout can each take their own folder; a run clears its folder first.
  outputDir: process.env['E2E_OUTPUT_DIR'] || 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    ...(baseURL ? { baseURL } : {}),
    headless: true,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Pages stay on this machine: no other host resolves (tests/e2e/support/test.ts records tries).
      args: [
        ...CHROMIUM_FLAGS,
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
    serviceWorkers: 'block',
    // Traces where someone opens them (uploaded by the workflow, or a local run); a fresh-clone
    // `.ci/run` keeps only Playwright's error context and saves the recording cost on every test.
    trace: process.env['CI'] && process.env['GITHUB_ACTIONS'] !== 'true' ? 'off' : 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: LIVE_SPECS },
    {
      name: 'live',
      testMatch: LIVE_SPECS,
      ...(liveURL ? { use: { baseURL: liveURL } } : {}),
    },
    // What depends on the host, again on workerd with a local D1: the tests tagged @edge (the vote
    // flow, the redirects, the badges, the security headers).
    ...(process.env['E2E_WORKER'] === '0'
      ? []
      : [
          {
            name: 'worker',
            testIgnore: LIVE_SPECS,
            grep: /@edge/,
            // workerd and its local D1 run beside wrangler's proxy on the same two cores; under load one
            // vote's round trip has been seen to take 15 s. Still no duration is asserted.
            expect: { timeout: 45_000 },
            ...(workerURL ? { use: { baseURL: workerURL } } : {}),
          },
        ]),
  ],
});
