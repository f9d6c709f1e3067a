/**
 * Bundles the search box's suggestion script (src/client/suggest/box.ts) into one file of its
 * own at SUGGEST_SCRIPT_PATH. Astro's bundle would split the modules it shares with the other
 * page scripts (paths, figure wording) into common files, so the first suggestion would wait for
 * three or four script requests instead of one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'rolldown';
import { SUGGEST_SCRIPT_PATH } from '../../core/views/paths.ts';

const SOURCE = resolve(import.meta.dirname, '../../client/suggest/box.ts');

/** Writes the bundled script under `siteDir`; returns its size in bytes. */
export async function writeSuggestScript(siteDir: string): Promise<number> {
  const { output } = await build({
    input: SOURCE,
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
    throw new Error(`${SOURCE} bundled into ${chunks.length} files, not one`);
  const target = join(siteDir, SUGGEST_SCRIPT_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, chunk.code);
  return Buffer.byteLength(chunk.code);
}
