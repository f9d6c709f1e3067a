/**
 * The attributes that give a search box suggestions: where src/client/suggest.ts finds the
 * suggestion script and the index's manifest.
 */
import { SUGGEST_MANIFEST_PATH, SUGGEST_SCRIPT } from '../core/views/paths.ts';
import { ownScriptUrl } from './own-script-url.ts';

/** `data-suggest` (the script) and `data-suggest-index` (the manifest) of a search box. */
export function suggestAttributes(): Record<'data-suggest' | 'data-suggest-index', string> {
  return {
    'data-suggest': ownScriptUrl(SUGGEST_SCRIPT),
    'data-suggest-index': SUGGEST_MANIFEST_PATH,
  };
}
