/**
 * "Your panel" on a comparison page: reads the reviewer grid's calls, lets the reader weight each
 * reviewer, and writes the recomputed ship figures beside the panel's in the decision strip.
 * The weights stay in localStorage; nothing is sent anywhere. Without this script the section
 * stays hidden and the panel's figures stand.
 */
import {
  isPanelWeighting,
  PANEL_WEIGHT,
  readWeights,
  weightedShare,
  YOUR_PANEL_KEY,
  type Weights,
} from '../core/views/your-panel.ts';
import type { Verdict } from '../core/vocabulary.ts';

const root = document.querySelector<HTMLDetailsElement>('[data-your-panel]');
const selects = [...(root?.querySelectorAll<HTMLSelectElement>('select[data-weight]') ?? [])];
const slugs = selects.map((select) => select.dataset['weight'] ?? '');
const sides = ['a', 'b'] as const;

/** Each side's calls as the grid shows them. */
const calls = Object.fromEntries(
  sides.map((side) => [
    side,
    [...document.querySelectorAll<HTMLElement>(`td[data-side="${side}"][data-call]`)].map((cell) => ({
      reviewer: cell.dataset['reviewer'] ?? '',
      verdict: cell.dataset['call'] as Verdict,
    })),
  ]),
);

function stored(): string | null {
  try {
    return localStorage.getItem(YOUR_PANEL_KEY);
  } catch {
    return null;
  }
}

function store(weights: Weights | null): void {
  try {
    if (weights) localStorage.setItem(YOUR_PANEL_KEY, JSON.stringify(weights));
    else localStorage.removeItem(YOUR_PANEL_KEY);
  } catch {
    // Storage off (private mode, a full quota): the figures still show for this visit.
  }
}

function chosen(): Weights {
  return Object.fromEntries(selects.map((select, i) => [slugs[i] ?? '', Number(select.value)]));
}

function show(weights: Weights): void {
  const own = !isPanelWeighting(weights);
  const figures = sides.map((side) => {
    const share = weightedShare(calls[side] ?? [], weights);
    return share === null ? '\u2014' : `${share}%`;
  });
  sides.forEach((side, i) => {
    const slot = document.querySelector<HTMLElement>(`[data-yours="${side}"]`);
    if (!slot) return;
    slot.textContent = `Yours: ${figures[i]}`;
    slot.hidden = !own;
  });
  const result = root?.querySelector('[data-your-result]');
  if (result) {
    result.textContent = own
      ? `With your weights: ${root?.dataset['nameA']} ${figures[0]}, ${root?.dataset['nameB']} ${figures[1]}. Shown as "Yours" beside the panel's figures at the top.`
      : 'Every reviewer counts once: your figures are the panel’s.';
  }
}

if (root && selects.length) {
  const weights = readWeights(stored(), slugs);
  selects.forEach((select, i) => (select.value = String(weights[slugs[i] ?? ''] ?? PANEL_WEIGHT)));
  root.hidden = false;
  // A reader who set weights before finds them open; everyone else sees one line.
  root.open = !isPanelWeighting(weights);
  show(chosen());
  root.addEventListener('change', () => {
    const now = chosen();
    store(isPanelWeighting(now) ? null : now);
    show(now);
  });
  root.querySelector('[data-your-reset]')?.addEventListener('click', () => {
    selects.forEach((select) => (select.value = String(PANEL_WEIGHT)));
    store(null);
    show(chosen());
  });
}
