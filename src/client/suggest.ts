/**
 * Every page's search box suggests tools as the reader types. This is all a page loads for it
 * (a part of src/client/page.ts): on the box's first focus or keystroke it fetches the suggestion
 * script and the index's manifest, both named by the box's `data-suggest` and `data-suggest-index`
 * attributes, never with the page. Without JavaScript the box is a plain form that submits to the
 * search page.
 */
const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-suggest]')];
let started = false;

/** What the suggestion script exports (src/client/suggest/box.ts). */
interface SuggestScript {
  attachSuggestions(inputs: readonly HTMLInputElement[], manifest: Promise<unknown>): void;
}

function start(this: HTMLInputElement): void {
  const script = this.dataset['suggest'];
  const index = this.dataset['suggestIndex'];
  if (started || !script || !index) return;
  started = true;
  // Both are needed for the first suggestion, so they load side by side.
  const manifest = fetch(index).then((response) => (response.ok ? response.json() : null));
  (import(/* @vite-ignore */ script) as Promise<SuggestScript>)
    .then(({ attachSuggestions }) => attachSuggestions(boxes, manifest))
    .catch((error: unknown) => console.error(error));
}

for (const box of boxes) {
  box.addEventListener('focus', start, { once: true });
  box.addEventListener('keydown', start, { once: true });
  if (box === document.activeElement) start.call(box);
}
