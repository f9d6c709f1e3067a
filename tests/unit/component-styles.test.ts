/**
 * Styles follow one rule everywhere: a component's rules sit in its `<style is:global>` block and
 * share one stylesheet with src/styles/global.css (a route other than comparisons adds a per-page
 * one, and a script loaded on first use may carry its own .css), so nothing but naming keeps one
 * component's rules off another's markup. These checks stand in for scoping: every component rule starts at
 * a class, and no class heads rules in two files, so a new component cannot restyle an old one by
 * reusing a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file under src whose name ends in `extension`, relative to the repository. */
function sourceFiles(extension: string, dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(extension, full);
    return entry.name.endsWith(extension) ? [relative(ROOT, full)] : [];
  });
}

/** The style blocks of a component: the attributes of each opening tag and the CSS inside. */
function styleBlocks(file: string): { attributes: string; css: string }[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return [...source.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)].map((m) => ({
    attributes: m[1] ?? '',
    css: m[2] ?? '',
  }));
}

/** The selectors of every rule in a stylesheet (inside at-rules too), one per comma-separated part. */
function selectors(css: string, from: string): string[] {
  const found: string[] = [];
  postcss.parse(css, { from }).walkRules((rule) => {
    // Keyframe steps (`from`, `50%`) are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    found.push(...rule.selectors);
  });
  return found;
}

/** The class a selector starts with, or null when it starts with an element, id or attribute. */
function leadingClass(selector: string): string | null {
  return /^\.([\w-]+)/.exec(selector)?.[1] ?? null;
}

const styled = sourceFiles('.astro').flatMap((file) =>
  styleBlocks(file).map((block) => ({ file, ...block })),
);

describe('component styles', () => {
  it('puts every style block in the shared stylesheet (is:global), never scoped', () => {
    const scoped = styled
      .filter(({ attributes }) => !/\bis:global\b/.test(attributes))
      .map(({ file }) => file);
    expect(scoped).toEqual([]);
  });

  it('starts every component rule at a class, never at a bare element', () => {
    const bare = styled.flatMap(({ file, css }) =>
      selectors(css, file)
        .filter((s) => leadingClass(s) === null)
        .map((s) => `${file}: ${s}`),
    );
    expect(bare).toEqual([]);
  });

  it('keeps each leading class to one file', () => {
    const owners = new Map<string, Set<string>>();
    // global.css, and the stylesheets a script carries (the suggestion list's).
    const sheets = sourceFiles('.css').map((file) => ({ file, css: readFileSync(join(ROOT, file), 'utf8') }));
    const sources = [...styled, ...sheets];
    for (const { file, css } of sources) {
      for (const selector of selectors(css, file)) {
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
