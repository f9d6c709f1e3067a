/**
 * Bundles a script a page loads by URL on first use (the search box's suggestions, "Your panel",
 * "Embed this", the vote sender) into one file of its own at its site path. Astro's bundle would
 * split the modules it shares with the other page scripts (paths, figure wording) into common
 * files, and a dynamic import through Vite brings a preload helper as large as a small script: the
 * reader would wait for three or four requests instead of one. A stylesheet the script imports
 * with `?inline` (as Vite reads it under `astro dev`) comes in as its minified text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { transform } from 'lightningcss';
import { build, type Plugin } from 'rolldown';
import type { OwnScript } from '../core/views/paths.ts';

const REPO = resolve(import.meta.dirname, '../..');
const INLINE_CSS = /\.css\?inline$/;

/** `import text from './x.css?inline'`: the stylesheet's minified text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  resolveId(source, importer) {
    if (!INLINE_CSS.test(source) || !importer) return null;
    return join(dirname(importer), source);
  },
  load(id) {
    if (!INLINE_CSS.test(id)) return null;
    const file = id.replace(/\?inline$/, '');
    const { code } = transform({ filename: file, code: readFileSync(file), minify: true });
    return `export default ${JSON.stringify(Buffer.from(code).toString('utf8'))};`;
  },
};

/** Writes the bundled script under `siteDir`; returns its size in bytes. */
export async function writeOwnScript(script: OwnScript, siteDir: string): Promise<number> {
  const source = join(REPO, script.source);
  const { output } = await build({
    input: source,
    platform: 'browser',
    plugins: [inlineCss],
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
