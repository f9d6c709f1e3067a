/**
 * A `<details data-script>` whose content needs code (Your panel, Embed this) fetches that script,
 * named by `data-script`, the first time the reader opens it, never with the page; the script's
 * `attach(root)` draws the content. A page's own script can ask for it sooner by dispatching
 * LOAD_NOW on the element (Your panel does when weights from an earlier visit are stored).
 */

/** The event that loads a `<details data-script>`'s script without waiting for it to open. */
export const LOAD_NOW = 'shipworthy:load-now';

/** What a script loaded this way exports. */
interface OnOpenScript {
  attach(root: HTMLDetailsElement): void | Promise<void>;
}

function watch(root: HTMLDetailsElement): void {
  let started = false;
  const load = (): void => {
    const script = root.dataset['script'];
    if (started || !script) return;
    started = true;
    (import(/* @vite-ignore */ script) as Promise<OnOpenScript>)
      .then(({ attach }) => attach(root))
      .catch((error: unknown) => console.error(error));
  };
  root.addEventListener('toggle', () => root.open && load());
  root.addEventListener(LOAD_NOW, load);
}

/** Watches every `<details data-script>` of the page. */
export function loadDetailsOnOpen(): void {
  for (const root of document.querySelectorAll<HTMLDetailsElement>('details[data-script]')) watch(root);
}
