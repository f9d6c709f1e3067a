/**
 * Search page behaviour on top of Pagefind's JS API. The form already works as
 * a GET form; this reads the same fields, runs the search in the page, shows
 * counts per filter and keeps the URL shareable.
 */
import { SEARCH_BUNDLE_PATH as PRIMARY_BUNDLE, SEARCH_MANIFEST_PATH } from '../core/routes/paths.ts';
import { SEARCH_META_WEIGHTS } from '../core/routes/search-tags.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 20;

/**
 * A large site's index comes in several Pagefind bundles (scripts/lib/search-shards.ts); the
 * manifest lists them, primary first. Without one, the primary bundle is the whole index.
 */
async function bundlePaths(): Promise<string[]> {
  const response = await fetch(SEARCH_MANIFEST_PATH).catch(() => null);
  if (!response?.ok) return [PRIMARY_BUNDLE];
  const manifest = (await response.json()) as { bundles?: unknown };
  const bundles = Array.isArray(manifest.bundles) ? manifest.bundles : [];
  // Only same-site bundle paths: the manifest is data, not a place to point the page elsewhere.
  return bundles.filter(
    (b): b is string =>
      typeof b === 'string' &&
      b.startsWith(PRIMARY_BUNDLE) &&
      /^[\w/-]*$/.test(b.slice(PRIMARY_BUNDLE.length)),
  );
}

const formEl = document.getElementById('search-form') as HTMLFormElement | null;
const inputEl = document.getElementById('search-input') as HTMLInputElement | null;
const statusEl = document.getElementById('search-status');
const listEl = document.getElementById('search-results');
const moreEl = document.getElementById('search-more') as HTMLButtonElement | null;

function selectedFilters(f: HTMLFormElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of f.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (out[box.name] ??= []).push(box.value);
  }
  return out;
}

function restoreFromUrl(f: HTMLFormElement, field: HTMLInputElement): void {
  const params = new URLSearchParams(location.search);
  field.value = params.get('q') ?? '';
  for (const box of f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

function syncUrl(term: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const [key, values] of Object.entries(filters)) for (const v of values) params.append(key, v);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
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

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
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
  item.append(card);
  return item;
}

function showCounts(f: HTMLFormElement, counts: FilterCounts): void {
  for (const box of f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
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
  const url = `${PRIMARY_BUNDLE}pagefind.js`;
  const [pagefind, bundles] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<Pagefind>,
    bundlePaths(),
  ]);
  // Pagefind applies options() to the primary bundle only; merged bundles take theirs one by one.
  const options = { excerptLength: 30, ranking: { metaWeights: SEARCH_META_WEIGHTS } };
  await pagefind.options(options);
  for (const bundle of bundles) if (bundle !== PRIMARY_BUNDLE) await pagefind.mergeIndex(bundle, options);
  const totals = await pagefind.filters();
  showCounts(f, totals);
  restoreFromUrl(f, field);

  let shown: PagefindResult[] = [];
  let offset = 0;
  let runId = 0;

  const renderPage = async (): Promise<void> => {
    const slice = shown.slice(offset, offset + PAGE_SIZE);
    const items = await Promise.all(slice.map((r) => r.data()));
    out.append(...items.map(resultItem));
    offset += slice.length;
    next.hidden = offset >= shown.length;
  };

  const run = async (): Promise<void> => {
    const id = ++runId;
    const term = field.value.trim();
    const filters = selectedFilters(f);
    syncUrl(term, filters);
    const hasFilters = Object.keys(filters).length > 0;
    if (!term && !hasFilters) {
      out.replaceChildren();
      next.hidden = true;
      showCounts(f, totals);
      note.textContent = 'Type a tool name or a phrase, or pick a filter to browse.';
      return;
    }
    const search = await pagefind.search(term || null, {
      filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])),
    });
    if (id !== runId || !search) return;
    shown = search.results;
    offset = 0;
    out.replaceChildren();
    showCounts(f, search.filters);
    note.textContent = shown.length === 1 ? '1 result' : `${shown.length} results`;
    await renderPage();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  field.addEventListener('input', () => {
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
  next.addEventListener('click', () => void renderPage());
  await run();
}

if (formEl && inputEl && listEl && statusEl && moreEl) {
  statusEl.textContent = 'Loading search\u2026';
  start(formEl, inputEl, listEl, statusEl, moreEl).catch(() => {
    statusEl.textContent =
      'Search could not load. Browse the latest comparisons on the home page or by category.';
  });
}
