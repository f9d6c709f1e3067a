/**
 * Turns a plain search box into a combobox with a list of suggestions (WAI-ARIA combobox
 * pattern: the box keeps focus, the active option is named by `aria-activedescendant`, a status
 * line says how many options there are). The keyboard rules live in core/search/combobox.ts and
 * the suggestions in core/search/suggest-lookup.ts; this file draws them. The last option always
 * searches all pages for what was typed, as pressing Enter without choosing does.
 */
import { closed, pressKey, withOptions, type ComboboxState } from '../../core/search/combobox.ts';
import { suggestLookup } from '../../core/search/suggest-lookup.ts';
import type { Suggestion } from '../../core/search/suggest-match.ts';
import { searchAllText, suggestionCountText, suggestionText } from '../../core/search/suggest-text.ts';
import { parseQuery } from '../../core/search/text.ts';
import { adoptStyles } from '../adopt-styles.ts';
import { fetchedFiles } from './files.ts';
import styles from './suggestions.css?inline';

/** Longest text looked up; the rest of a pasted essay is ignored. */
const MAX_QUERY_LENGTH = 200;

type Lookup = ReturnType<typeof suggestLookup>;

/** One drawn option: where it leads, or null for "search all pages". */
interface DrawnOption {
  element: HTMLLIElement;
  href: string | null;
}

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}

function optionElement(id: string, name: string, figure: string, detail: string): HTMLLIElement {
  const item = document.createElement('li');
  item.id = id;
  item.className = 'suggestion';
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.append(span('suggestion-name', name));
  if (figure) item.append(span('suggestion-figure', figure));
  if (detail) item.append(span('suggestion-detail', detail));
  return item;
}

/** Adds suggestions to one search box. */
function attach(input: HTMLInputElement, lookup: Lookup): void {
  const form = input.form;
  const holder = input.parentElement;
  if (!form || !holder || !input.id) return;
  const list = document.createElement('ul');
  list.id = `${input.id}-suggestions`;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  // The list hangs under the box's own row, which it is positioned against.
  holder.classList.add('has-suggestions');
  holder.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let state: ComboboxState = withOptions(0);
  let options: DrawnOption[] = [];
  let asked = 0;

  const show = (): void => {
    list.hidden = !state.open;
    input.setAttribute('aria-expanded', String(state.open));
    options.forEach((option, i) => option.element.setAttribute('aria-selected', String(i === state.active)));
    const active = state.open ? options[state.active] : undefined;
    if (active) {
      input.setAttribute('aria-activedescendant', active.element.id);
      active.element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const follow = (option: DrawnOption | undefined): void => {
    if (!option) return;
    state = closed(state);
    show();
    if (option.href) location.assign(option.href);
    else form.requestSubmit();
  };

  const draw = (text: string, suggestions: readonly Suggestion[]): void => {
    options = suggestions.map((s, i) => {
      const { name, figure, detail } = suggestionText(s);
      const element = optionElement(`${list.id}-${i}`, name, figure, detail);
      // Where the option leads, for tests and measurements that follow the list without a click.
      element.dataset['href'] = s.href;
      return { element, href: s.href };
    });
    options.push({
      element: optionElement(`${list.id}-${options.length}`, searchAllText(text), '', ''),
      href: null,
    });
    list.replaceChildren(...options.map((o) => o.element));
    state = withOptions(options.length);
    status.textContent = suggestionCountText(suggestions.length);
    show();
  };

  const update = async (): Promise<void> => {
    const id = ++asked;
    const text = input.value.slice(0, MAX_QUERY_LENGTH).trim();
    if (text === '') {
      options = [];
      list.replaceChildren();
      state = withOptions(0);
      status.textContent = '';
      show();
      return;
    }
    const suggestions = await lookup(parseQuery(input.value.slice(0, MAX_QUERY_LENGTH)));
    // A later keystroke has asked again: its answer is the one to show.
    if (id === asked && document.activeElement === input) draw(text, suggestions);
  };

  input.addEventListener('input', () => void update().catch((error: unknown) => console.error(error)));
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && options.length === 0) void update();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const step = pressKey(state, { key: event.key, altKey: event.altKey });
    if (step.handled) event.preventDefault();
    state = step.state;
    if (step.effect === 'follow') follow(options[state.active]);
    else if (step.effect === 'clear') {
      input.value = '';
      void update();
    }
    show();
  });
  input.addEventListener('blur', () => {
    state = closed(state);
    show();
  });
  // Pressing an option must not take focus from the box (which would close the list first).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const item = (event.target as Element).closest('[role="option"]');
    follow(options.find((o) => o.element === item));
  });
  if (document.activeElement === input && input.value.trim() !== '') void update();
}

/** Adds suggestions to every box, over one copy of the index; `manifest` is already being fetched. */
export function attachSuggestions(inputs: readonly HTMLInputElement[], manifest: Promise<unknown>): void {
  // The list's rules come with this script, adopted before any list is drawn.
  adoptStyles(styles);
  const lookup = suggestLookup(fetchedFiles(manifest));
  for (const input of inputs) attach(input, lookup);
}
