/** Where a page finds a script it loads on first use: the built file, or under `astro dev` its source. */
import type { OwnScript } from '../core/views/paths.ts';

export function ownScriptUrl(script: OwnScript): string {
  return import.meta.env.DEV ? script.source : script.path;
}
