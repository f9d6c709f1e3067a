/**
 * "Your panel" on a comparison page, loaded when the reader first opens it or at once when weights
 * from an earlier visit are stored (src/client/your-panel.ts): draws one weight control per
 * reviewer of the grid, reads the grid's calls, and writes the ship figures recomputed with the
 * reader's weights beside the panel's in the decision strip. The weights stay in localStorage;
 * nothing is sent anywhere. Text goes in through textContent only.
 */
import {
  isPanelWeighting,
  PANEL_WEIGHT,
  readWeights,
  weightedShare,
  WEIGHT_LABELS,
  type Weights,
} from '../../core/views/your-panel.ts';
// Types only: the vocabulary module's values would bring its category table into this file.
import type { Verdict } from '../../core/vocabulary.ts';
import { adoptStyles } from '../adopt-styles.ts';
import { el } from '../element.ts';
import styles from './panel.css?inline';
import { storedWeights, storeWeights } from './storage.ts';

const sides = ['a', 'b'] as const;

/** One weight control per row of the reviewer grid, in the grid's order. */
function weightControls(rows: readonly HTMLTableRowElement[]): HTMLElement[] {
  return rows.map((row) => {
    const name = row.querySelector('th a')?.textContent ?? '';
    const lens = row.querySelector('.grid-lens')?.textContent ?? '';
    const options = WEIGHT_LABELS.map((label, weight) => {
      const option = el('option', { value: String(weight) }, label);
      if (weight === PANEL_WEIGHT) option.setAttribute('selected', '');
      return option;
    });
    return el(
      'label',
      {},
      el('span', { class: 'weight-name' }, `${name} `, el('span', { class: 'muted' }, `· ${lens}`)),
      el('select', { 'data-weight': row.dataset['reviewer'] ?? '' }, ...options),
    );
  });
}

/** The call a grid cell's chip shows, or null for a cell without one. */
function cellVerdict(cell: HTMLTableCellElement | undefined): Verdict | null {
  const verdict = cell?.querySelector<HTMLElement>('[data-verdict]')?.dataset['verdict'];
  return verdict === 'ship' || verdict === 'skip' ? verdict : null;
}

/** Draws the panel's controls in its section (`[data-your-panel]`, a `<details>`) and starts it. */
export function attach(root: HTMLDetailsElement): void {
  adoptStyles(styles);
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-reviewer]')];
  const result = el('p', { class: 'your-result', role: 'status' });
  const reset = el('button', { type: 'button' }, "Reset to the panel's weights");
  root.append(
    el(
      'p',
      {},
      "Care more about some lenses than others? The ship figures are recomputed with your weights and shown as yours beside the panel's. Kept in this browser only: no account, nothing sent.",
    ),
    el('div', { class: 'weights' }, ...weightControls(rows)),
    result,
    reset,
  );
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-weight]')];
  const slugs = selects.map((select) => select.dataset['weight'] ?? '');

  /** Each side's calls as the grid's chips show them: a row per reviewer, a cell per side after its header. */
  const calls = Object.fromEntries(
    sides.map((side, i) => [
      side,
      rows.flatMap((row) => {
        const verdict = cellVerdict(row.cells[i + 1]);
        return verdict ? [{ reviewer: row.dataset['reviewer'] ?? '', verdict }] : [];
      }),
    ]),
  );

  // The tools' names as their cards head them.
  const names = sides.map((side) => document.getElementById(`tool-${side}-name`)?.textContent ?? '');

  const chosen = (): Weights =>
    Object.fromEntries(selects.map((select, i) => [slugs[i] ?? '', Number(select.value)]));

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
    result.textContent = own
      ? `With your weights: ${names[0]} ${figures[0]}, ${names[1]} ${figures[1]}. Shown as "Yours" beside the panel's figures at the top.`
      : 'Every reviewer counts once: your figures are the panel’s.';
  }

  const weights = readWeights(storedWeights(), slugs);
  selects.forEach((select, i) => (select.value = String(weights[slugs[i] ?? ''] ?? PANEL_WEIGHT)));
  // A reader who set weights before finds them open.
  if (!isPanelWeighting(weights)) root.open = true;
  show(chosen());
  root.addEventListener('change', () => {
    const now = chosen();
    storeWeights(isPanelWeighting(now) ? null : now);
    show(now);
  });
  reset.addEventListener('click', () => {
    selects.forEach((select) => (select.value = String(PANEL_WEIGHT)));
    storeWeights(null);
    show(chosen());
  });
}
