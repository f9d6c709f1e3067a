/**
 * The platform boundaries, followed through every import a file makes, not only its own: lint
 * refuses a forbidden import where it is written, and this finds one a helper brings in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a source file names in a static import, re-export or literal `import()`. */
function specifiers(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

/** The file and every file it reaches through relative imports, with what each imports from outside. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    const outside: string[] = [];
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) outside.push(spec);
      // A stylesheet a script imports as text (`./x.css?inline`) reaches no module.
      else if (!/\.css(\?|$)/.test(spec)) queue.push(normalize(join(dirname(file), spec)));
    }
    seen.set(file, outside);
  }
  return seen;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(ROOT, join(ROOT, dir, f)));
}

const packageName = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** Entry points and what must never be reachable from them. */
const ZONES: { name: string; entries: string[]; refuse: (spec: string) => boolean; folders: RegExp }[] = [
  {
    name: 'the pure core',
    entries: sourceFiles('src/core'),
    refuse: (spec) =>
      NODE.has(packageName(spec)) ||
      spec.startsWith('node:') ||
      /^(astro|@astrojs|hono|@hono|cloudflare:|@cloudflare)/.test(spec),
    folders: /^src\/(fs|build|server|client|integrations|config\.ts)/,
  },
  {
    name: 'browser scripts',
    entries: sourceFiles('src/client'),
    refuse: (spec) => NODE.has(packageName(spec)) || spec.startsWith('node:'),
    folders: /^src\/(fs|build|server|integrations|config\.ts)/,
  },
  {
    name: 'the Worker',
    entries: ['src/server/worker.ts'],
    refuse: (spec) => NODE.has(packageName(spec)) || spec.startsWith('node:'),
    folders:
      /^src\/(fs|build|integrations|config\.ts)|^src\/server\/(node|static|stores\/sqlite|migrations-folder)/,
  },
];

describe.each(ZONES)('$name', ({ entries, refuse, folders }) => {
  it('has files to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('reaches no Node-only, framework or platform module through any import', () => {
    const found: string[] = [];
    for (const entry of entries) {
      for (const [file, outside] of reach(entry)) {
        for (const spec of outside.filter(refuse)) found.push(`${entry} → ${file} imports ${spec}`);
        if (folders.test(file)) found.push(`${entry} reaches ${file}`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
