/**
 * Class 7: content that tries to print more than one line, or to hide what a line says. Every
 * case is also run through the GitHub annotation format by the catalogue.
 */
import { gamma, PATHS } from './files.ts';
import type { HostileCase } from './harness.ts';

const ALLOWED =
  'Use one of: Developer Tools, Writing, Image & Video, Audio & Voice, Productivity, Data & Analytics, Agents & Automation, Research.';

export const outputCases: HostileCase[] = [
  {
    kind: 'printed-line',
    name: 'a category holding a newline and a workflow command',
    write: { [PATHS.gamma]: gamma({ category: '"Writing\\n::error file=README.md,line=1::pwned"' }) },
    expected: [
      `tools/gamma.md:3: category: 'Writing\\n::error file=README.md,line=1::pwned' is not allowed. Did you mean 'Writing'? ${ALLOWED}`,
    ],
  },
  {
    kind: 'printed-line',
    name: 'stop-commands after a carriage return',
    write: { [PATHS.gamma]: gamma({ category: '"x\\r::stop-commands::token"' }) },
    expected: [`tools/gamma.md:3: category: 'x\\r::stop-commands::token' is not allowed. ${ALLOWED}`],
  },
  {
    kind: 'printed-line',
    name: 'line and paragraph separators and NEL',
    write: { [PATHS.gamma]: gamma({ category: '"a\\u2028b\\u2029c\\x85d"' }) },
    expected: [`tools/gamma.md:3: category: 'a\\u2028b\\u2029c\\u0085d' is not allowed. ${ALLOWED}`],
  },
  {
    kind: 'printed-line',
    name: 'terminal escape sequences and a bell',
    write: { [PATHS.gamma]: gamma({ category: '"\\e[2J\\e]0;owned\\a"' }) },
    expected: [`tools/gamma.md:3: category: '\\u001B[2J\\u001B]0;owned\\u0007' is not allowed. ${ALLOWED}`],
  },
  {
    kind: 'printed-line',
    name: 'a right-to-left override that would reverse what the line reads',
    write: { [PATHS.gamma]: gamma({ category: '"Writing\\u202Egnitirw"' }) },
    expected: [
      `tools/gamma.md:3: category: 'Writing\\u202Egnitirw' is not allowed. Did you mean 'Writing'? ${ALLOWED}`,
    ],
  },
  {
    kind: 'printed-line',
    name: 'an unknown field whose name holds a newline',
    write: { [PATHS.gamma]: gamma({ '"x\\n::error::y"': '1' }) },
    expected: [
      'tools/gamma.md:11: x\\n::error::y: unknown field. Allowed fields: name, category, tagline, entryPrice, pricingNote, vendor, website, license, status, verified, logo, aliases.',
    ],
  },
  {
    kind: 'printed-line',
    name: 'a file name holding a newline and a workflow command',
    write: { 'tools/x\n::error file=a,line=1::b.md': gamma() },
    expected: [
      "tools/x\\n::error file=a,line=1::b.md:1: file name 'x\\n::error file=a,line=1::b' is not a valid slug: rename the file to 'x-error-file-a-line-1-b'.",
    ],
  },
  {
    kind: 'printed-line',
    name: 'a 10,000-character value is quoted short',
    write: { [PATHS.gamma]: gamma({ category: 'W'.repeat(10_000) }) },
    expected: [`tools/gamma.md:3: category: '${'W'.repeat(79)}…' is not allowed. ${ALLOWED}`],
  },
];
