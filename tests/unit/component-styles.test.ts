/**
 * Component styles sit in each component's `<style is:global>` block and share one stylesheet,
 * so nothing but naming keeps one component's rules off another's markup. These checks stand in
 * for scoping: every component rule starts at a class, and no class heads rules in two files
 * (global.css included), so a new component cannot restyle an old one by reusing a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const GLOBAL_CSS = 'src/styles/global.css';

/** Every .astro file under src, relative to the repository. */
function astroFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(full);
    return entry.name.endsWith('.astro') ? [relative(ROOT, full)] : [];
  });
}

/** The selectors of every rule in a stylesheet (inside @media too), one per comma-separated part. */
function selectors(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/([^{};]+)\{/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((prelude) => prelude.split(',').map((s) => s.trim()));
}

/** The class a selector starts with, or null when it starts with an element, id or attribute. */
function leadingClass(selector: string): string | null {
  return /^\.([\w-]+)/.exec(selector)?.[1] ?? null;
}

/** The CSS of a component's style blocks. */
function componentCss(file: string): string {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return [...source.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)].map((m) => m[2] ?? '').join('\n');
}

describe('component styles', () => {
  const styled = astroFiles()
    .map((file) => ({ file, css: componentCss(file) }))
    .filter(({ css }) => css.trim() !== '');

  it('finds the components that carry styles', () => {
    expect(styled.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['src/components/VerdictChip.astro', 'src/layouts/Base.astro']),
    );
  });

  it.each([
    { case: 'a class rule', css: '.chip { color: red }', expected: ['.chip'] },
    { case: 'a list and a descendant', css: '.a, .b p { x: y }', expected: ['.a', '.b p'] },
    { case: 'a rule in @media', css: '@media (min-width: 1px) { .a { x: y } }', expected: ['.a'] },
    { case: 'a comment', css: '/* .ghost { } */ .a { x: y }', expected: ['.a'] },
  ])('reads the selectors of $case', ({ css, expected }) => {
    expect(selectors(css)).toEqual(expected);
  });

  it('starts every component rule at a class, never at a bare element', () => {
    const bare = styled.flatMap(({ file, css }) =>
      selectors(css)
        .filter((s) => leadingClass(s) === null)
        .map((s) => `${file}: ${s}`),
    );
    expect(bare).toEqual([]);
  });

  it('keeps each leading class to one file', () => {
    const owners = new Map<string, Set<string>>();
    const sources = [...styled, { file: GLOBAL_CSS, css: readFileSync(join(ROOT, GLOBAL_CSS), 'utf8') }];
    for (const { file, css } of sources) {
      for (const selector of selectors(css)) {
        const name = leadingClass(selector);
        if (name !== null) owners.set(name, (owners.get(name) ?? new Set()).add(file));
      }
    }
    const shared = [...owners]
      .filter(([, files]) => files.size > 1)
      .map(([name, files]) => `.${name}: ${[...files].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
