/**
 * Search page behaviour on top of Pagefind's JS API. The form already works as
 * a GET form; this reads the same fields, runs the search in the page, shows
 * counts per filter and keeps the URL shareable. The rules live in search/:
 * the query (query-state.ts), running and paging (session.ts), results that load
 * as they come into view (lazy-results.ts) and loading the index (bundles.ts);
 * this file wires them to the page. While the reader types, Pagefind is asked to
 * preload the words' index chunks, so the search itself has less left to fetch.
 */
import { BundleLoadError, loadIndex } from './search/bundles.ts';
import { lazyResults, type SlotWatcher } from './search/lazy-results.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData } from './search/pagefind-api.ts';
import {
  pagefindFilters,
  parseQuery,
  queryString,
  type FilterChoices,
  type SearchQuery,
} from './search/query-state.ts';
import { searchSession } from './search/session.ts';

// Results on one page; each loads its text (one request) only when it nears the screen.
const PAGE_SIZE = 10;
// How far below the screen a result starts loading, so it is drawn by the time it scrolls in.
const LOAD_AHEAD = '0px 0px 200px 0px';
const BROWSE_INSTEAD = 'Browse the latest comparisons on the home page or by category.';

const formEl = document.getElementById('search-form') as HTMLFormElement | null;
const inputEl = document.getElementById('search-input') as HTMLInputElement | null;
const statusEl = document.getElementById('search-status');
const listEl = document.getElementById('search-results');
const moreEl = document.getElementById('search-more') as HTMLButtonElement | null;

function checkboxes(f: HTMLFormElement): HTMLInputElement[] {
  return [...f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
}

/** The filter values the form offers, in its order. */
function filterChoices(f: HTMLFormElement): FilterChoices {
  const choices = new Map<string, string[]>();
  for (const box of checkboxes(f)) choices.set(box.name, [...(choices.get(box.name) ?? []), box.value]);
  return choices;
}

/** The form's fields as the URL parameters a plain submit would send. */
function formParams(f: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(f)) if (typeof value === 'string') params.append(key, value);
  return params;
}

function showQuery(f: HTMLFormElement, field: HTMLInputElement, query: SearchQuery): void {
  // The index loads while the reader may already be typing: what they typed wins over the URL.
  if (field.value === field.defaultValue) field.value = query.term;
  for (const box of checkboxes(f)) box.checked = query.filters[box.name]?.includes(box.value) ?? false;
}

/** Pagefind excerpts are HTML with <mark>; rebuild them from text nodes so nothing else can render. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of doc.body.firstElementChild?.childNodes ?? []) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

/** A result's card, filled into its slot once its text has loaded. */
function resultCard(data: PagefindResultData): HTMLElement {
  const card = document.createElement('article');
  card.className = 'card';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  card.append(heading);
  if (data.meta['panel']) {
    const panel = document.createElement('p');
    panel.className = 'muted';
    panel.textContent = `Panel ship: ${data.meta['panel']}`;
    card.append(panel);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  card.append(excerpt);
  return card;
}

/** An empty slot for a result, the height of a card, until its text loads. */
function resultSlot(out: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result-slot';
  item.setAttribute('aria-busy', 'true');
  out.append(item);
  return item;
}

/** Reports slots near the screen; without IntersectionObserver, every slot at once. */
function slotWatcher(near: (slot: HTMLLIElement) => void): SlotWatcher<HTMLLIElement> {
  if (typeof IntersectionObserver === 'undefined') return { watch: near, reset() {} };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        near(entry.target as HTMLLIElement);
      }
    },
    { rootMargin: LOAD_AHEAD },
  );
  return { watch: (slot) => observer.observe(slot), reset: () => observer.disconnect() };
}

function showCounts(f: HTMLFormElement, counts: FilterCounts): void {
  for (const box of checkboxes(f)) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = box.closest('label');
    const badge = label?.querySelector('[data-count]');
    if (badge) badge.textContent = `(${count})`;
    // Values nobody could reach are hidden unless already chosen, so a filter is never a dead end.
    if (label) label.hidden = count === 0 && !box.checked;
  }
}

async function start(
  f: HTMLFormElement,
  field: HTMLInputElement,
  out: HTMLElement,
  note: HTMLElement,
  next: HTMLButtonElement,
): Promise<void> {
  const pagefind = await loadIndex({
    fetch: (url) => fetch(url),
    importPagefind: (url) => import(/* @vite-ignore */ url) as Promise<Pagefind>,
  });
  // The filter index loads after the first results, not before: on a large site it is a third of
  // the first search's bytes, and Pagefind loads only the filters a search uses.
  let totals: FilterCounts | null = null;
  const choices = filterChoices(f);
  showQuery(f, field, parseQuery(new URLSearchParams(location.search), choices));

  // The filter index waits for the first result's text too: both compete for the same connection.
  let firstDrawn: () => void = () => {};
  const firstResult = new Promise<void>((done) => (firstDrawn = done));
  const shown = lazyResults<PagefindResult, PagefindResultData, HTMLLIElement>({
    slot: () => resultSlot(out),
    load: (result) => result.data(),
    fill: (slot, data) => {
      slot.removeAttribute('aria-busy');
      slot.className = '';
      slot.replaceChildren(resultCard(data));
      firstDrawn();
    },
    failed: (slot, error) => {
      console.error(error);
      slot.removeAttribute('aria-busy');
      slot.textContent = 'This result could not be loaded.';
      firstDrawn();
    },
    watcher: slotWatcher,
  });
  const session = searchSession<PagefindResult>({
    search: (query) => pagefind.search(query.term || null, { filters: pagefindFilters(query) }),
    view: {
      clear: () => {
        shown.clear();
        out.replaceChildren();
      },
      append: (results) => shown.append(results),
      showMore: (visible) => (next.hidden = !visible),
      status: (text) => (note.textContent = text),
      counts: (counts) => showCounts(f, counts),
    },
    pageSize: PAGE_SIZE,
    totals: () => totals,
  });
  const failed = (): void => {
    note.textContent = `Search failed. Try again, or ${BROWSE_INSTEAD.toLowerCase()}`;
  };
  const run = async (): Promise<void> => {
    const query = parseQuery(formParams(f), choices);
    history.replaceState(null, '', queryString(query) || location.pathname);
    await session.run(query).catch(failed);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  field.addEventListener('input', () => {
    const term = parseQuery(formParams(f), choices).term;
    // The chunks of the words typed so far start loading now, not when the pause below ends.
    if (term) pagefind.preload(term).catch((error: unknown) => console.error(error));
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  f.addEventListener('change', (event) => {
    if (event.target !== field) void run();
  });
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  next.addEventListener('click', () => session.more());
  await run();
  if (out.children.length > 0) await firstResult;
  // Without counts the filters still work; a failure here costs the numbers, not the search.
  try {
    totals = await pagefind.filters();
    await session.recount();
  } catch (error) {
    console.error(error);
  }
}

if (formEl && inputEl && listEl && statusEl && moreEl) {
  statusEl.textContent = 'Loading search\u2026';
  start(formEl, inputEl, listEl, statusEl, moreEl).catch((error: unknown) => {
    // The reader gets a plain sentence; the console keeps the detail for whoever runs the site.
    console.error(error);
    statusEl.textContent =
      error instanceof BundleLoadError
        ? `Search could not load part of its index, so it would miss pages. ${BROWSE_INSTEAD}`
        : `Search could not load. ${BROWSE_INSTEAD}`;
  });
}
