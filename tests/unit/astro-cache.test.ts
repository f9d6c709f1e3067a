/** The page cache is kept only under the configuration, lock file and source tree it was made with. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropCacheOfOtherSetup } from '../../src/build/astro-cache.ts';

let root: string;
let cache: string;
const cachedPage = () => join(cache, 'page.html');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  cache = join(root, '.cache', 'astro');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  writeFileSync(join(root, 'src', 'components', 'Note.astro'), '<style>.note{color:red}</style>\n');
  mkdirSync(cache, { recursive: true });
  writeFileSync(cachedPage(), '<link rel="stylesheet" href="/_astro/site.old.css">');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('dropCacheOfOtherSetup', () => {
  it('empties a cache that names no setup, then keeps it while the setup stays', () => {
    expect(dropCacheOfOtherSetup(cache, root)).toBe(true);
    expect(existsSync(cachedPage())).toBe(false);
    writeFileSync(cachedPage(), 'rendered under this setup');
    expect(dropCacheOfOtherSetup(cache, root)).toBe(false);
    expect(existsSync(cachedPage())).toBe(true);
  });

  it.each(['astro.config.mjs', 'package-lock.json', 'src/components/Note.astro', 'src/components/New.astro'])(
    'empties the cache when %s changes or appears',
    (file) => {
      dropCacheOfOtherSetup(cache, root);
      writeFileSync(cachedPage(), 'rendered under the old setup');
      writeFileSync(join(root, file), 'changed\n');
      expect(dropCacheOfOtherSetup(cache, root)).toBe(true);
      expect(existsSync(cachedPage())).toBe(false);
      expect(existsSync(cache)).toBe(true);
    },
  );
});
