/**
 * The keyboard rules of the search box's suggestion list, as the WAI-ARIA combobox pattern
 * (list autocomplete, manual selection) describes them, apart from the DOM: Down and Up move
 * through the options (wrapping), Alt+Down opens the list without moving, Enter follows the
 * active option or, with none, submits the search, Escape closes the list or, when it is closed,
 * clears the box, Tab leaves it. Focus stays in the box; the active option is announced
 * through `aria-activedescendant`.
 */

/** Whether the list is open, which option is active (-1: none) and how many options there are. */
export interface ComboboxState {
  open: boolean;
  active: number;
  count: number;
}

/** What the page does after a key, besides showing the new state. */
type ComboboxEffect = 'none' | 'follow' | 'submit' | 'clear';

/** A key press as the rules need it. */
export interface ComboboxKey {
  key: string;
  altKey?: boolean;
}

/** The outcome of a key: the new state, what to do, and whether the key's default is taken. */
export interface ComboboxStep {
  state: ComboboxState;
  effect: ComboboxEffect;
  handled: boolean;
}

/** The state when new options arrive: open when there are any, nothing active. */
export function withOptions(count: number): ComboboxState {
  return { open: count > 0, active: -1, count };
}

/** The list closed, the options kept (Down opens it again). */
export function closed(state: ComboboxState): ComboboxState {
  return { ...state, open: false, active: -1 };
}

/** The state after a key press in the box. */
export function pressKey(state: ComboboxState, { key, altKey = false }: ComboboxKey): ComboboxStep {
  const step = (next: ComboboxState, effect: ComboboxEffect = 'none', handled = true): ComboboxStep => ({
    state: next,
    effect,
    handled,
  });
  const { count, active, open } = state;
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return step(state, 'none', false);
      if (altKey || !open) return step({ ...state, open: true, active: altKey ? active : 0 });
      return step({ ...state, active: (active + 1) % count });
    case 'ArrowUp':
      if (count === 0) return step(state, 'none', false);
      if (!open) return step({ ...state, open: true, active: count - 1 });
      return step({ ...state, active: active <= 0 ? count - 1 : active - 1 });
    case 'Enter':
      if (open && active >= 0) return step(state, 'follow');
      return step(closed(state), 'submit', false);
    case 'Escape':
      if (open) return step(closed(state));
      return step(state, 'clear');
    case 'Tab':
      return step(closed(state), 'none', false);
    default:
      return step(state, 'none', false);
  }
}
