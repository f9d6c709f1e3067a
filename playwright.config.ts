/**
 * End-to-end tests against the built site, served locally by the project's own
 * static server (see tests/e2e/support/global-setup.ts).
 */
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/lib/chromium.ts';

// CI asks for a JSON report next to the readable one; PLAYWRIGHT_JSON_OUTPUT_NAME names the file.
const machineReadable = Boolean(process.env['CI'] || process.env['PLAYWRIGHT_JSON_OUTPUT_NAME']);
const reporter: ReporterDescription[] = machineReadable ? [['list'], ['json']] : [['list']];

// Set by the global setup once the server is up; workers start later and inherit it.
const baseURL = process.env['E2E_BASE_URL'];

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
  projects: [{ name: 'chromium' }],
});
