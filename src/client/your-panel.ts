/**
 * "Your panel" on a comparison page: all the page loads for it before the reader uses it. It shows
 * the section (hidden without JavaScript, so the panel's figures stand alone); the page's loader
 * (src/client/on-open.ts) fetches the panel's script, named by the section's `data-script`, when
 * the reader first opens it, and this asks for it at once when weights from an earlier visit are
 * stored, so their figures show as the page loads.
 */
import { YOUR_PANEL_KEY } from '../core/views/your-panel.ts';
import { LOAD_NOW } from './on-open.ts';

function stored(): boolean {
  try {
    return localStorage.getItem(YOUR_PANEL_KEY) !== null;
  } catch {
    return false;
  }
}

const root = document.querySelector<HTMLDetailsElement>('[data-your-panel]');
if (root) {
  root.hidden = false;
  if (stored()) root.dispatchEvent(new Event(LOAD_NOW));
}
