/**
 * "Your panel" on a comparison page: all the page loads for it before the reader uses it. It shows
 * the section (hidden without JavaScript, so the panel's figures stand alone); the page's loader
 * (src/client/on-open.ts) fetches the panel's script, named by the section's `data-script`, when
 * the reader first opens it, and this asks for it at once when weights from an earlier visit are
 * stored, so their figures show as the page loads.
 */
import { LOAD_NOW } from './on-open.ts';
import { storedWeights } from './your-panel/storage.ts';

const root = document.querySelector<HTMLDetailsElement>('[data-your-panel]');
if (root) {
  root.hidden = false;
  if (storedWeights() !== null) root.dispatchEvent(new Event(LOAD_NOW));
}
