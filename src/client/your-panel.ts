/**
 * "Your panel" on a comparison page: all the page loads for it before the reader uses it. It shows
 * the section (hidden without JavaScript, so the panel's figures stand alone) and fetches the
 * panel's script, named by the section's `data-script`, when the reader first opens it, or at once
 * when weights from an earlier visit are stored, so their figures show as the page loads.
 */
import { YOUR_PANEL_KEY } from '../core/views/your-panel.ts';

/** What the panel's script exports (src/client/your-panel/panel.ts). */
interface YourPanelScript {
  attachYourPanel(root: HTMLDetailsElement): void;
}

const root = document.querySelector<HTMLDetailsElement>('[data-your-panel]');
let started = false;

function start(): void {
  const script = root?.dataset['script'];
  if (started || !root || !script) return;
  started = true;
  (import(/* @vite-ignore */ script) as Promise<YourPanelScript>)
    .then(({ attachYourPanel }) => attachYourPanel(root))
    .catch((error: unknown) => console.error(error));
}

function stored(): boolean {
  try {
    return localStorage.getItem(YOUR_PANEL_KEY) !== null;
  } catch {
    return false;
  }
}

if (root) {
  root.hidden = false;
  root.addEventListener('toggle', () => root.open && start());
  if (stored()) start();
}
