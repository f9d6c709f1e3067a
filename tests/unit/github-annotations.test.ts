/**
 * Under GitHub Actions, validation problems are printed as workflow commands so they show
 * inline on the pull request diff: `::error file=..,line=..,title=..::message`.
 */
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation, type Problem } from '../../src/core/messages/problems.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
  file: 'content/tools/alpha-ai.md',
  line: 3,
  field: 'category',
  message: "'writting' is not allowed. Did you mean 'Writing'?",
  severity: 'error',
  ...overrides,
});

describe('formatGithubAnnotation', () => {
  it.each([
    {
      case: 'an error on a field',
      problem: problem({}),
      expected:
        "::error file=content/tools/alpha-ai.md,line=3,title=category::category: 'writting' is not allowed. Did you mean 'Writing'?",
    },
    {
      case: 'a warning',
      problem: problem({
        severity: 'warning',
        field: 'verified',
        line: 11,
        message: 'facts were last verified 200 days ago.',
      }),
      expected:
        '::warning file=content/tools/alpha-ai.md,line=11,title=verified::verified: facts were last verified 200 days ago.',
    },
    {
      case: 'a problem about the whole file (no line, no field)',
      problem: problem({ line: null, field: null, message: 'unexpected file.' }),
      expected: '::error file=content/tools/alpha-ai.md::unexpected file.',
    },
    {
      case: 'a message with %, CR and LF, which would end or corrupt the command (line breaks are shown escaped, as in the plain output)',
      problem: problem({ field: null, message: '100% wrong\r\nsecond line' }),
      expected: '::error file=content/tools/alpha-ai.md,line=3::100%25 wrong\\r\\nsecond line',
    },
    {
      case: 'a path and title with : and , which separate properties',
      problem: problem({ file: 'content/tools/a,b:c.md', field: 'rounds.a:b,c' }),
      expected:
        "::error file=content/tools/a%2Cb%3Ac.md,line=3,title=rounds.a%3Ab%2Cc::rounds.a:b,c: 'writting' is not allowed. Did you mean 'Writing'?",
    },
  ])('$case', ({ problem: input, expected }) => {
    expect(formatGithubAnnotation(input)).toBe(expected);
  });

  it('always prints exactly one line', () => {
    const line = formatGithubAnnotation(problem({ message: 'a\nb\nc', field: 'x\ny' }));
    expect(line.split('\n')).toHaveLength(1);
  });
});
