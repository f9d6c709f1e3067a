/**
 * The `test` every spec uses: Playwright's, plus a network guard that keeps
 * pages on localhost and records anything that tried to leave.
 */
import { test as base, expect } from '@playwright/test';

/** True for URLs served from this machine (or inline data the browser never fetches). */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

interface Fixtures {
  /** URLs of requests that tried to leave localhost; each was aborted. */
  externalRequests: string[];
}

/** Playwright's test with every non-local request aborted and recorded. */
export const test = base.extend<Fixtures>({
  externalRequests: [
    async ({ context }, use) => {
      const attempted: string[] = [];
      await context.route(
        (url) => !isLocal(url.href),
        (route) => {
          attempted.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(attempted);
    },
    { auto: true },
  ],
  baseURL: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('E2E_BASE_URL is unset: run the specs through `npm run test:e2e`.');
    await use(baseURL);
  },
});

export { expect };
