/**
 * End-to-end tests against the built site, served the way `npm start` serves it (site and
 * vote API in one Node process), and, in the `worker` project, the same build running as the
 * Cloudflare Worker in wrangler's local mode (see tests/e2e/support/global-setup.ts).
 */
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/lib/chromium.ts';

// CI asks for a JSON report next to the readable one; PLAYWRIGHT_JSON_OUTPUT_NAME names the file.
const machineReadable = Boolean(process.env['CI'] || process.env['PLAYWRIGHT_JSON_OUTPUT_NAME']);
const reporter: ReporterDescription[] = machineReadable ? [['list'], ['json']] : [['list']];

// Set by the global setup once the servers are up; workers start later and inherit them.
const baseURL = process.env['E2E_BASE_URL'];
const workerURL = process.env['E2E_WORKER_URL'];

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
    launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_FLAGS] },
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium' },
    // The vote flow, the redirects, the badges and the security headers again, on workerd with a local D1.
    ...(process.env['E2E_WORKER'] === '0'
      ? []
      : [
          {
            name: 'worker',
            testMatch: ['votes.spec.ts', 'reversed-url.spec.ts', 'client-js.spec.ts', 'badges.spec.ts'],
            // workerd and its local D1 run beside wrangler's proxy on the same two cores; under load one
            // vote's round trip has been seen to take 15 s. Still no duration is asserted.
            expect: { timeout: 45_000 },
            ...(workerURL ? { use: { baseURL: workerURL } } : {}),
          },
        ]),
  ],
});
