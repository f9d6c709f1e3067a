/**
 * Bundles a script a page loads by URL on first use (the search box's suggestions, "Your panel")
 * into one file of its own at its site path. Astro's bundle would split the modules it shares with
 * the other page scripts (paths, figure wording) into common files, and a dynamic import through
 * Vite brings a preload helper as large as a small script: the reader would wait for three or four
 * requests instead of one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'rolldown';
import type { OwnScript } from '../core/views/paths.ts';

const REPO = resolve(import.meta.dirname, '../..');

/** Writes the bundled script under `siteDir`; returns its size in bytes. */
export async function writeOwnScript(script: OwnScript, siteDir: string): Promise<number> {
  const source = join(REPO, script.source);
  const { output } = await build({
    input: source,
    platform: 'browser',
    // The core modules run nothing when imported: what the script does not call is left out.
    treeshake: { moduleSideEffects: false },
    write: false,
    logLevel: 'warn',
    output: { format: 'esm', minify: true },
  });
  const chunks = output.filter((file) => file.type === 'chunk');
  const [chunk] = chunks;
  if (!chunk || chunks.length !== 1)
    throw new Error(`${source} bundled into ${chunks.length} files, not one`);
  const target = join(siteDir, script.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, chunk.code);
  return Buffer.byteLength(chunk.code);
}
