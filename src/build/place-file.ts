/**
 * Puts a file from a cache or a built site somewhere else without copying bytes when it can.
 */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

/** Hard-links `source` at `target` (a copy across file systems), replacing what was there; the folder must exist. */
export function placeFile(source: string, target: string): void {
  // A rerun over the same output must not fail on the links it made before.
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
