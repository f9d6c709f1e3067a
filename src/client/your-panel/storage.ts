/**
 * Where "Your panel" keeps the reader's weights: this browser's localStorage, nothing sent. Both
 * the comparison page's script (to load the panel at once when weights are stored) and the panel
 * read it here.
 */
import { YOUR_PANEL_KEY, type Weights } from '../../core/views/your-panel.ts';

/** The stored weights as written, or null when none are stored or storage is off. */
export function storedWeights(): string | null {
  try {
    return localStorage.getItem(YOUR_PANEL_KEY);
  } catch {
    return null;
  }
}

/** Stores `weights`, or forgets them with null. */
export function storeWeights(weights: Weights | null): void {
  try {
    if (weights) localStorage.setItem(YOUR_PANEL_KEY, JSON.stringify(weights));
    else localStorage.removeItem(YOUR_PANEL_KEY);
  } catch {
    // Storage off (private mode, a full quota): the figures still show for this visit.
  }
}
