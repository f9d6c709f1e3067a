/**
 * Class 2: keys that are also names JavaScript objects inherit. A slug such as `constructor`
 * must work like any other; `__proto__` (never a slug) must be refused with a message, not dropped.
 */
import { alphaVsBeta, annOnAlpha, gamma, md, PATHS } from './files.ts';
import type { HostileCase } from './harness.ts';

const PROTO =
  "'__proto__' cannot be a key: it is not a slug, and it would be dropped; key the entry by a slug (lowercase letters and digits joined by single hyphens, e.g. 'my-tool-2').";

/** A tool slugged `constructor` with a full round from both reviewers. */
const CONSTRUCTOR_TOOL = {
  'tools/constructor.md': gamma({ name: 'Constructor', website: 'https://constructor.example.com/' }),
  'verdicts/constructor/2026-01-10/ann.md': annOnAlpha({ tool: 'constructor' }),
  'verdicts/constructor/2026-01-10/bo.md': annOnAlpha({ tool: 'constructor', reviewer: 'bo' }),
};

/** alpha-ai against `constructor`, pinning alpha-ai's round only, with votes on both. */
export const CONSTRUCTOR_PAIR = {
  ...CONSTRUCTOR_TOOL,
  'comparisons/alpha-ai-vs-constructor.md': md(
    { tools: '[alpha-ai, constructor]', published: '2026-01-12', rounds: '{ alpha-ai: 2026-01-10 }' },
    '',
  ),
  'votes/alpha-ai-vs-constructor.yaml': 'alpha-ai: { ship: 1, skip: 3 }\nconstructor: { ship: 3, skip: 1 }\n',
};

export const keyCases: HostileCase[] = [
  {
    kind: 'inherited-key',
    name: '__proto__ as a tool in a votes file',
    write: { [PATHS.votes]: 'alpha-ai: { ship: 2, skip: 1 }\n__proto__: { ship: 5, skip: 1 }\n' },
    expected: [`votes/alpha-ai-vs-beta-bot.yaml:2: __proto__: ${PROTO}`],
  },
  {
    kind: 'inherited-key',
    name: '__proto__ as the only key of a votes file',
    write: { [PATHS.votes]: '__proto__: { ship: 5, skip: 1 }\n' },
    expected: [`votes/alpha-ai-vs-beta-bot.yaml:1: __proto__: ${PROTO}`],
  },
  {
    kind: 'inherited-key',
    name: '__proto__ as a tool under rounds',
    write: { [PATHS.comparison]: alphaVsBeta({ rounds: '\n  __proto__: 2026-01-10' }) },
    expected: [`comparisons/alpha-ai-vs-beta-bot.md:5: rounds.__proto__: ${PROTO}`],
  },
  {
    kind: 'inherited-key',
    name: '__proto__ as a reviewer under satOut',
    write: {
      [PATHS.alphaRound]: md(
        { tool: 'alpha-ai', date: '2026-01-10', satOut: '{ __proto__: On leave. }' },
        '',
      ),
    },
    expected: [`rounds/alpha-ai/2026-01-10.md:4: satOut.__proto__: ${PROTO}`],
  },
  {
    kind: 'inherited-key',
    name: '__proto__ as a field is an unknown field, said once',
    // A computed key: a literal `__proto__:` in an object literal would set its prototype instead.
    write: { [PATHS.gamma]: gamma({ ['__proto__']: '{ name: Other }' }) },
    expected: [
      'tools/gamma.md:11: __proto__: unknown field. Allowed fields: name, category, tagline, entryPrice, pricingNote, vendor, website, license, status, verified, logo, aliases.',
    ],
  },
  {
    kind: 'inherited-key',
    name: 'a tool slugged constructor, votes on it and a round pinned for the other tool',
    write: CONSTRUCTOR_PAIR,
    expected: [],
  },
  {
    kind: 'inherited-key',
    name: 'a round pinned for constructor is read, not inherited',
    write: {
      ...CONSTRUCTOR_PAIR,
      'comparisons/alpha-ai-vs-constructor.md': md(
        { tools: '[alpha-ai, constructor]', published: '2026-01-12', rounds: '{ constructor: 2025-12-01 }' },
        '',
      ),
    },
    expected: [
      'comparisons/alpha-ai-vs-constructor.md:4: rounds.constructor: constructor has no verdicts in round 2025-12-01. Its rounds: 2026-01-10.',
    ],
  },
  {
    kind: 'inherited-key',
    name: 'votes for constructor on a pair without it',
    write: { [PATHS.votes]: 'alpha-ai: { ship: 2, skip: 1 }\nconstructor: { ship: 1, skip: 0 }\n' },
    expected: [
      "votes/alpha-ai-vs-beta-bot.yaml:2: constructor: 'constructor' is not in alpha-ai-vs-beta-bot; use alpha-ai or beta-bot.",
    ],
  },
  {
    kind: 'inherited-key',
    name: 'a reviewer slugged constructor who sat a round out',
    write: {
      'reviewers/constructor.md': md(
        {
          name: 'The Builder',
          motto: 'Build it.',
          lens: 'Developer experience',
          order: '3',
          excitedBy: '[Fast starts]',
          tiredOf: '[Slow starts]',
        },
        'Builds things.',
      ),
      [PATHS.alphaRound]: md(
        { tool: 'alpha-ai', date: '2026-01-10', satOut: '{ constructor: On leave. }' },
        '',
      ),
      'rounds/beta-bot/2026-01-10.md': md(
        { tool: 'beta-bot', date: '2026-01-10', satOut: '{ constructor: On leave. }' },
        '',
      ),
    },
    expected: [],
  },
];
