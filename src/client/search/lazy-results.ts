/**
 * Results whose text loads as they scroll into view. Each Pagefind result's title and excerpt
 * is a file of its own; a reader on a phone sees three or four results, so fetching ten before
 * showing any cost six requests nobody needed. A slot is drawn at once for every result (so the
 * list has its length and the page does not jump), and filled when it nears the screen. DOM-free
 * apart from what is passed in: how to watch a slot, how to load a result and how to fill a slot.
 */

/** Watches slots and reports each one once it is near the screen. */
export interface SlotWatcher<S> {
  watch(slot: S): void;
  /** Stops watching every slot (the results were replaced). */
  reset(): void;
}

/** What the lazy list needs from the page. */
export interface LazyResultsOptions<R, D, S> {
  /** Draws an empty slot for a result, in list order. */
  slot(result: R): S;
  /** Fetches what a result shows. */
  load(result: R): Promise<D>;
  /** Fills a slot with its loaded result. */
  fill(slot: S, data: D): void;
  /** Shows that a result could not be loaded. */
  failed(slot: S, error: unknown): void;
  /** Makes a watcher that calls `near` for each slot that comes near the screen. */
  watcher(near: (slot: S) => void): SlotWatcher<S>;
}

/** A list of results filled as they come into view. */
export interface LazyResults<R> {
  /** Adds slots for results after those already shown. */
  append(results: readonly R[]): void;
  /** Forgets every slot: loads still in flight fill nothing. */
  clear(): void;
}

/** Lazy results over the page's slots. */
export function lazyResults<R, D, S>(options: LazyResultsOptions<R, D, S>): LazyResults<R> {
  let generation = 0;
  const pending = new Map<S, R>();
  const watcher = options.watcher((slot) => {
    const result = pending.get(slot);
    if (result === undefined) return;
    pending.delete(slot);
    const asked = generation;
    options.load(result).then(
      (data) => {
        if (asked === generation) options.fill(slot, data);
      },
      (error: unknown) => {
        if (asked === generation) options.failed(slot, error);
      },
    );
  });
  return {
    append(results) {
      for (const result of results) {
        const slot = options.slot(result);
        pending.set(slot, result);
        watcher.watch(slot);
      }
    },
    clear() {
      generation++;
      pending.clear();
      watcher.reset();
    },
  };
}
