/**
 * Whatever an editor writes, validation reports problems; it never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/content.ts';
import type { SourceFile } from '../../src/core/content/source.ts';
import { loadFixture, TODAY } from './support/content.ts';

const ROOT = 'tests/fixtures/minimal';
const base = loadFixture('minimal');

function validate(files: SourceFile[]) {
  return validateContent(files, ROOT, { today: TODAY });
}

// Hundreds of generated cases per property; a busy machine needs more than the default 5 s.
describe('validator robustness', { timeout: 60_000 }, () => {
  it('never throws on truncated content files', () => {
    fc.assert(
      fc.property(fc.nat({ max: base.length - 1 }), fc.nat(), (index, cut) => {
        const files = base.map((file, i) =>
          i === index ? { ...file, text: file.text.slice(0, cut % (file.text.length + 1)) } : file,
        );
        const result = validate(files);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text in any content file, and reports it on that file', () => {
    const paths = [
      'tools/x.md',
      'reviewers/x.md',
      'verdicts/x/2026-01-01/x.md',
      'comparisons/x-vs-y.md',
      'votes/x-vs-y.yaml',
      'rounds/x/2026-01-01.md',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ unit: 'binary', maxLength: 400 }), (path, text) => {
        const result = validate([...base, { path: `${ROOT}/${path}`, text }]);
        // None of these paths can hold a valid file here (no frontmatter, or no tool x or comparison x-vs-y).
        expect(result.problems.some((p) => p.file === `${ROOT}/${path}` && p.severity === 'error')).toBe(
          true,
        );
        for (const problem of result.problems) {
          expect(problem.file.startsWith(ROOT)).toBe(true);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random YAML-shaped frontmatter', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const key = fc.constantFrom(
      'name',
      'category',
      'tools',
      'published',
      'verdict',
      'tool',
      'reviewer',
      'round',
      'website',
      'order',
      'aliases',
      'rounds',
      'panel',
      'x',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(
          'tools/x.md',
          'comparisons/alpha-ai-vs-beta-bot.md',
          'verdicts/alpha-ai/2026-01-10/ann.md',
        ),
        fc.dictionary(key, value, { maxKeys: 8 }),
        (path, data) => {
          const text = `---\n${JSON.stringify(data)}\n---\nBody.\n`;
          const files = [
            ...base.filter((f) => f.path !== `${ROOT}/${path}`),
            { path: `${ROOT}/${path}`, text },
          ];
          expect(() => validate(files)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a failure while checking one file', () => {
  it('becomes a problem on that file, and the other files are still checked', () => {
    const failing: SourceFile = {
      path: `${ROOT}/tools/gamma.md`,
      get text(): string {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const broken = base.map((file) =>
      file.path.endsWith('/reviewers/bo.md')
        ? { ...file, text: file.text.replace('order: 2', 'order: 1') }
        : file,
    );
    const { problems } = validate([...broken, failing]);
    expect(problems.map((p) => [p.file.slice(ROOT.length + 1), p.field, p.message])).toEqual([
      [
        'reviewers/ann.md',
        'order',
        `order 1 is also taken by ${ROOT}/reviewers/bo.md: give each reviewer its own position.`,
      ],
      [
        'reviewers/bo.md',
        'order',
        `order 1 is also taken by ${ROOT}/reviewers/ann.md: give each reviewer its own position.`,
      ],
      [
        'tools/gamma.md',
        null,
        'the validator could not check this file (RangeError: Maximum call stack size exceeded), so nothing in it is published: simplify what it holds (deep nesting is the usual cause) and, if it looks ordinary, report it with the file.',
      ],
    ]);
  });
});
