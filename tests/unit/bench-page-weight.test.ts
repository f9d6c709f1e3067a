import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight, staticImports } from '../../bench/lib/page-weight.ts';

describe('the modules a script loads before it runs', () => {
  it('reads static imports and re-exports as a bundler writes them, minified or not', () => {
    const code = [
      'import{d as e,n as t}from"./community.abc.js";import"./side-effect.js";',
      "import * as all from '../lib/all.js';",
      'export { x } from "/_astro/x.js";',
      'import(`./lazy.js`);import("./lazy2.js");const s = "import from nowhere";',
      'import y from "https://cdn.example/y.js";',
    ].join('\n');
    expect(staticImports(code, '/_astro/page.js')).toEqual([
      '/_astro/community.abc.js',
      '/_astro/side-effect.js',
      '/lib/all.js',
      '/_astro/x.js',
    ]);
  });
});

describe('a page’s weight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };

  it('counts the HTML, its stylesheets and scripts, and every module they import once, not what loads on demand', () => {
    write(
      'page/index.html',
      '<link rel="stylesheet" href="/a.css"><script type="module" src="/_astro/page.js"></script>' +
        '<script type="module" src="/_astro/other.js"></script>',
    );
    write('a.css', 'body{margin:0}');
    write('_astro/page.js', 'import{a}from"./shared.js";import("./lazy.js");');
    write('_astro/other.js', 'import{b}from"./shared.js";');
    write('_astro/shared.js', 'import"./deeper.js";export const a=1,b=2;');
    write('_astro/deeper.js', 'console.log(1);');
    write('_astro/lazy.js', 'console.log(2);');
    expect(pageWeight(dist, '/page/').map((file) => [file.path, file.kind])).toEqual([
      ['/page/', 'html'],
      ['/a.css', 'css'],
      ['/_astro/page.js', 'js'],
      ['/_astro/shared.js', 'js'],
      ['/_astro/deeper.js', 'js'],
      ['/_astro/other.js', 'js'],
    ]);
  });
});
