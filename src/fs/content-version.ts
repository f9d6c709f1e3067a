/**
 * A counter of content changes seen by the dev server. The dev server and the pages it renders
 * load this module as separate instances, so the count lives on `globalThis` where both see it.
 * A build never bumps it: there the site is loaded once per process.
 */
const KEY = Symbol.for('shipworthy.contentVersion');

type WithVersion = typeof globalThis & { [KEY]?: number };

/** How many content changes the dev server has reported in this process. */
export function contentVersion(): number {
  return (globalThis as WithVersion)[KEY] ?? 0;
}

/** Marks the loaded site as stale; the next `getSite()` reads the content again. */
export function bumpContentVersion(): void {
  (globalThis as WithVersion)[KEY] = contentVersion() + 1;
}
