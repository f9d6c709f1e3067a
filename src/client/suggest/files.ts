/**
 * The suggestion index's files as the browser gets them: each fetched once per page and kept,
 * a failed fetch forgotten so the next keystroke tries again.
 */
import type { SuggestFiles } from '../../core/search/suggest-lookup.ts';
import { SUGGEST_FILES_PATH, SUGGEST_MANIFEST_PATH } from '../../core/views/paths.ts';

async function json(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

/** The index's files over HTTP; `manifest` is the manifest already on its way, if any. */
export function fetchedFiles(manifest: Promise<unknown> | null): SuggestFiles {
  const kept = new Map<string, Promise<unknown>>();
  const keep = (key: string, load: () => Promise<unknown>): Promise<unknown> => {
    const held = kept.get(key);
    if (held) return held;
    const loading = load().catch((error: unknown) => {
      kept.delete(key);
      console.error(error);
      return null;
    });
    kept.set(key, loading);
    return loading;
  };
  if (manifest) {
    keep(SUGGEST_MANIFEST_PATH, () =>
      manifest.then((m) => m ?? Promise.reject(new Error(`${SUGGEST_MANIFEST_PATH} could not be loaded`))),
    );
  }
  return {
    manifest: () => keep(SUGGEST_MANIFEST_PATH, () => json(SUGGEST_MANIFEST_PATH)),
    file: (name) => keep(name, () => json(`${SUGGEST_FILES_PATH}${name}`)),
  };
}
