/**
 * No input can make reading content blow up. Any text up to 64 KB is
 * answered (accepted or refused, never thrown), and the work done is held to the size of the
 * text: each YAML parser reads it at most once, and the data every later walk goes over
 * (schema, placeholders, cross-file checks) never has more values than the text has characters.
 * The assertions count work, not time, so a busy machine cannot make them flaky.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/content.ts';
import { parseFile } from '../../src/core/content/parse-file.ts';
import { formatProblem } from '../../src/core/messages/problems.ts';
import { loadFixture, TODAY } from './support/content.ts';

const MAX = 64 * 1024;
const ROOT = 'tests/fixtures/minimal';
const base = loadFixture('minimal');

// Pieces of YAML and Markdown syntax, so random text reaches the parsers' deep paths
// (anchors, aliases, merges, nesting, quoting, block scalars, tags, directives, documents).
const TOKENS = [
  '&a ',
  '&b ',
  '*a',
  '*b',
  '<<: ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ': ',
  '- ',
  '? ',
  '\n',
  '  ',
  '\t',
  '"',
  "'",
  '|',
  '>',
  '#',
  '!!str ',
  '!x ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '@',
  '`',
  '\\',
  'x',
  'name',
  '1',
  'é',
  '\u2028',
  '\0',
  '[x](javascript:a)',
  '<b>',
  '*',
  '_',
];

const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((parts) => parts.join(''));

// A few bytes of text repeated up to 64 KB: deep nesting, long keys, thousands of aliases.
const repeated = fc
  .tuple(
    fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: MAX }),
  )
  .map(([parts, times]) => parts.join('').repeat(times).slice(0, MAX));

// The classic expansion attack: each level an anchored list of `width` aliases to the level below.
const aliasBomb = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }))
  .map(([depth, width]) =>
    [
      `l0: &l0 [${Array(width).fill('x').join(', ')}]`,
      ...Array.from(
        { length: depth },
        (_, i) => `l${i + 1}: &l${i + 1} [${Array(width).fill(`*l${i}`).join(', ')}]`,
      ),
    ].join('\n'),
  );

const hostileText = fc.oneof(tokenText, repeated, aliasBomb, fc.string({ unit: 'binary', maxLength: 2000 }));

const KINDS = ['tools/x.md', 'verdicts/x/2026-01-01/x.md', 'comparisons/x-vs-y.md', 'votes/x-vs-y.yaml'];

/** The text as a content file: YAML files take it whole, Markdown files as their frontmatter. */
function asFile(path: string, text: string): { path: string; text: string } {
  return { path: `${ROOT}/${path}`, text: path.endsWith('.yaml') ? text : `---\n${text}\n---\nBody.\n` };
}

/** Values a tree walk over `data` visits (a shared value once per path to it), counting up to `limit`. */
function valuesWalked(data: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count++;
    if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
  }
  return count;
}

describe('reading any input is bounded', { timeout: 120_000 }, () => {
  it('parses any text up to 64 KB with work proportional to its size', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), hostileText, (path, text) => {
        const file = asFile(path, text);
        const parsed = parseFile(file);
        parsed.lineOf(['name', 0, 'x']);
        expect(parsed.work.yamlChars).toBeLessThanOrEqual(2 * file.text.length);
        expect(parsed.work.nodes).toBeLessThanOrEqual(file.text.length + 1);
        // Measured here too, by a walk of the data handed on, as every later check walks it.
        expect(valuesWalked(parsed.data, 4 * file.text.length)).toBeLessThanOrEqual(file.text.length + 1);
        if (parsed.data === undefined) expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('validates any such file among real content, printing a bounded report', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), hostileText, (path, text) => {
        const file = asFile(path, text);
        const { problems } = validateContent([...base, file], ROOT, { today: TODAY });
        const lines = problems.map(formatProblem);
        // At most a few problems per line of the file, and never a line longer than the print limit.
        expect(problems.length).toBeLessThanOrEqual(file.text.split('\n').length * 4 + 20);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(2_400);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a 1 KB file of nested aliases without expanding it', () => {
    const levels = Array.from(
      { length: 10 },
      (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`,
    );
    const text = [`a0: &a0 [${Array(9).fill('lol').join(', ')}]`, ...levels].join('\n');
    const parsed = parseFile({ path: `${ROOT}/votes/x-vs-y.yaml`, text });
    expect(parsed.data).toBeUndefined();
    expect(parsed.work).toEqual({ yamlChars: text.length, nodes: 0 });
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "YAML anchors (&a0) are not allowed in content (11 anchors in this file): write each value out in full, and quote a value that starts with '&'.",
      "YAML aliases (*a0) are not allowed in content (90 aliases in this file): write each value out in full, and quote a value that starts with '*'.",
    ]);
  });
});
