/**
 * The `test` every spec uses: Playwright's, plus a record of every request that tried to leave
 * localhost. The browser itself refuses to resolve any other host (see playwright.config.ts), so
 * recording needs no request interception, which would slow every page load.
 */
import { test as base, expect } from '@playwright/test';

/** True for URLs served from this machine (or inline data the browser never fetches). */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

interface Fixtures {
  /** URLs of requests that tried to leave localhost; the browser could not resolve their hosts. */
  externalRequests: string[];
}

/** Playwright's test with every non-local request recorded. */
export const test = base.extend<Fixtures>({
  externalRequests: [
    async ({ context }, use) => {
      const attempted: string[] = [];
      context.on('request', (request) => {
        if (!isLocal(request.url())) attempted.push(request.url());
      });
      await use(attempted);
    },
    // Asked for by the specs that check it, so request-only tests start no browser context.
    { auto: false },
  ],
  baseURL: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('E2E_BASE_URL is unset: run the specs through `npm run test:e2e`.');
    await use(baseURL);
  },
});

export { expect };
