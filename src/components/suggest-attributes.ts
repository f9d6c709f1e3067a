/**
 * The attributes that give a search box suggestions: where src/client/suggest.ts finds the
 * suggestion script and the index's manifest. `astro dev` serves the script from its source.
 */
import { SUGGEST_MANIFEST_PATH, SUGGEST_SCRIPT_PATH } from '../core/views/paths.ts';

/** `data-suggest` (the script) and `data-suggest-index` (the manifest) of a search box. */
export function suggestAttributes(): Record<'data-suggest' | 'data-suggest-index', string> {
  return {
    'data-suggest': import.meta.env.DEV ? '/src/client/suggest/box.ts' : SUGGEST_SCRIPT_PATH,
    'data-suggest-index': SUGGEST_MANIFEST_PATH,
  };
}
