/**
 * Finds a Chromium binary and the flags to run it headless in a container.
 * Shared by the end-to-end tests and the performance budgets so both drive
 * the same browser the same way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Flags for a quiet, sandbox-free headless Chromium that makes no calls home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Debian's package location, the last resort. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to use: `CHROMIUM_PATH` or `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`,
 * then Playwright's download cache, then the system package. Throws with the
 * ways to fix it when none exists.
 */
export function findChromium(): string {
  const found = installedChromium();
  if (found) return found;
  throw new Error(
    [
      'No Chromium found. Any one of these fixes it:',
      '  - set CHROMIUM_PATH=/path/to/chrome',
      '  - npx playwright install chromium',
      '  - apt-get install -y chromium   (provides /usr/bin/chromium)',
    ].join('\n'),
  );
}

/**
 * The Chromium `findChromium` would use, or undefined when none is installed yet: configuration
 * that tools load without running a browser (lint reads the Playwright config) must not fail.
 */
export function installedChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'] || process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `Chromium not found at ${fromEnv} (from CHROMIUM_PATH / PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH).`,
    );
  }
  const cached = playwrightCachedChromium();
  if (cached) return cached;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

function playwrightCachedChromium(): string | null {
  try {
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // playwright-core throws when it has no build for this platform; fall through.
  }
  // A cache from another Playwright version still runs the tests.
  const cache = join(homedir(), '.cache', 'ms-playwright');
  const builds = safeList(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort()
    .reverse();
  for (const build of builds) {
    for (const folder of safeList(join(cache, build)).filter((n) => n.startsWith('chrome-linux'))) {
      const binary = join(cache, build, folder, 'chrome');
      if (existsSync(binary)) return binary;
    }
  }
  return null;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
