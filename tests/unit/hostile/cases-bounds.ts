/**
 * Classes 3, 4 and 6: numbers a page could not honestly show, YAML that would expand without
 * bound, and bodies or files too large to publish.
 */
import { alphaRound, alphaVsBeta, ann, annOnAlpha, gamma, md, PATHS } from './files.ts';
import type { HostileCase } from './harness.ts';
import { MAX_MARKDOWN_NESTING } from '../../../src/core/limits.ts';

const VOTES = PATHS.votes;

/** What a body nested `depth` levels deep is told. */
function nests(depth: number): string {
  return `nests ${depth.toLocaleString('en-US')} levels deep here (blockquotes, lists, emphasis and links inside each other); at most ${MAX_MARKDOWN_NESTING} can be published: flatten it.`;
}

// `a0` holds 3 values and every next level 3 copies of the one before: 3^12 values from 200 bytes.
const aliasBomb = [
  'a0: &a0 [x, x, x]',
  ...Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}]`),
].join('\n');

export const boundsCases: HostileCase[] = [
  {
    kind: 'number',
    name: 'a vote count of 2^53 - 1',
    write: { [VOTES]: 'alpha-ai: { ship: 9007199254740991, skip: 0 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ai.ship: 9,007,199,254,740,991 votes is not a plausible count (at most 10,000,000): check the number.',
    ],
  },
  {
    kind: 'number',
    name: 'one vote over the limit',
    write: { [VOTES]: 'alpha-ai: { ship: 1, skip: 10000001 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ai.skip: 10,000,001 votes is not a plausible count (at most 10,000,000): check the number.',
    ],
  },
  {
    kind: 'number',
    name: 'a count in hexadecimal',
    write: { [VOTES]: 'alpha-ai: { ship: 0x7fffffff, skip: 0 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ai.ship: 2,147,483,647 votes is not a plausible count (at most 10,000,000): check the number.',
    ],
  },
  {
    kind: 'number',
    name: 'a count in exponent notation',
    write: { [VOTES]: 'alpha-ai: { ship: 1e300, skip: 0 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ai.ship: 1e+300 votes is not a plausible count (at most 10,000,000): check the number.',
    ],
  },
  {
    kind: 'number',
    name: 'an infinite count',
    write: { [VOTES]: 'alpha-ai: { ship: .inf, skip: 0 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ai.ship: expected a number, got the number Infinity.',
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'nested aliases (3^12 values from 200 bytes)',
    write: { [PATHS.gamma]: `---\n${aliasBomb}\n---\nBody.\n` },
    expected: [
      "tools/gamma.md:2: YAML anchors (&a0) are not allowed in content (13 anchors in this file): write each value out in full, and quote a value that starts with '&'.",
      "tools/gamma.md:3: YAML aliases (*a0) are not allowed in content (36 aliases in this file): write each value out in full, and quote a value that starts with '*'.",
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'an alias in a votes file',
    write: { [VOTES]: 'alpha-ai: &counts { ship: 2, skip: 1 }\nbeta-bot: *counts\n' },
    expected: [
      "votes/alpha-ai-vs-beta-bot.yaml:1: YAML anchors (&counts) are not allowed in content: write each value out in full, and quote a value that starts with '&'.",
      "votes/alpha-ai-vs-beta-bot.yaml:2: YAML aliases (*counts) are not allowed in content: write each value out in full, and quote a value that starts with '*'.",
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'an anchor alone, which would silently drop text from a value',
    write: { [PATHS.gamma]: gamma({ tagline: '&more Third tool' }) },
    expected: [
      "tools/gamma.md:4: YAML anchors (&more) are not allowed in content: write each value out in full, and quote a value that starts with '&'.",
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'a merge key pulling in an alias',
    write: {
      [PATHS.gamma]: `---\nbase: &base\n  vendor: Gamma Co\n<<: *base\nname: Gamma\n---\nBody.\n`,
    },
    expected: [
      "tools/gamma.md:2: YAML anchors (&base) are not allowed in content: write each value out in full, and quote a value that starts with '&'.",
      "tools/gamma.md:4: YAML aliases (*base) are not allowed in content: write each value out in full, and quote a value that starts with '*'.",
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'a merge key with the fields written inline',
    write: { [PATHS.gamma]: gamma({ '<<': '{ license: MIT }' }) },
    expected: [
      'tools/gamma.md:11: <<: merge keys (`<<`) are not allowed in content: write every field out in full.',
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'lists nested 60 deep',
    write: { [PATHS.gamma]: gamma({ aliases: `${'['.repeat(60)}${']'.repeat(60)}` }) },
    expected: [
      'tools/gamma.md:11: aliases: invalid YAML: values are nested more than 8 levels deep: content fields nest at most three.',
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'maps nested 12 deep in block style',
    write: {
      [VOTES]: Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
    },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:8: k7: invalid YAML: values are nested more than 8 levels deep: content fields nest at most three.',
    ],
  },
  {
    kind: 'yaml-expansion',
    name: 'a second YAML document',
    write: { [VOTES]: 'alpha-ai: { ship: 2, skip: 1 }\n---\nbeta-bot: { ship: 1, skip: 1 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:2: invalid YAML: a file holds one YAML document: remove the extra `---` or `...` line.',
    ],
  },
  {
    kind: 'size-limit',
    name: 'a 5 MB description (never read: over the file limit)',
    write: { [PATHS.gamma]: gamma({}, 'word '.repeat(1_000_000)) },
    expected: [
      'tools/gamma.md: the file is 5,000,182 bytes; a content file is at most 1,048,576 bytes (see the limits in docs/content-model.md).',
    ],
  },
  {
    kind: 'size-limit',
    name: 'a description one character over',
    write: { [PATHS.gamma]: gamma({}, 'x'.repeat(5001)) },
    expected: ['tools/gamma.md:12: body: description is 5,001 characters; the limit is 5,000: shorten it.'],
  },
  {
    kind: 'size-limit',
    name: 'a description of 5,000 emoji (counted as characters, not UTF-16 units)',
    write: { [PATHS.gamma]: gamma({}, '🚀'.repeat(5000)) },
    expected: [],
  },
  {
    kind: 'size-limit',
    name: 'a description of 4,990 nested blockquotes',
    write: { [PATHS.gamma]: gamma({}, `${'>'.repeat(4990)} deep`) },
    expected: [`tools/gamma.md:12: body: description ${nests(4990)}`],
  },
  {
    kind: 'size-limit',
    name: 'nested blockquotes ending in an address, which the autolinker walks',
    write: {
      [PATHS.gamma]: gamma({}, `Intro.\n\n${'>'.repeat(4900)} mail@example.com [x](https://example.com/)`),
    },
    expected: [`tools/gamma.md:14: body: description ${nests(4901)}`],
  },
  {
    kind: 'size-limit',
    name: 'a list nested 1,650 deep',
    write: { [PATHS.gamma]: gamma({}, `${'- '.repeat(1650)}x`) },
    expected: [`tools/gamma.md:12: body: description ${nests(1650)}`],
  },
  {
    kind: 'size-limit',
    name: 'a 3,000-character bio of nested bullets',
    write: { [PATHS.ann]: ann({}, `${'* - + '.repeat(499)}@ x`.slice(0, 3000)) },
    expected: [`reviewers/ann.md:9: body: bio ${nests(1497)}`],
  },
  {
    kind: 'size-limit',
    name: 'emphasis nested 800 deep',
    write: { [PATHS.annOnAlpha]: annOnAlpha({}, `${'*a '.repeat(600)}x${' a*'.repeat(600)}`.slice(0, 2000)) },
    expected: [`verdicts/alpha-ai/2026-01-10/ann.md:7: body: quote ${nests(600)}`],
  },
  {
    kind: 'size-limit',
    name: 'a list indented one level deeper on each line',
    write: {
      [PATHS.alphaRound]: alphaRound(
        Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
      ),
    },
    expected: [`rounds/alpha-ai/2026-01-10.md:44: body: round description ${nests(40)}`],
  },
  {
    kind: 'size-limit',
    name: `Markdown nested ${MAX_MARKDOWN_NESTING} deep, the most a body may`,
    write: { [PATHS.comparison]: alphaVsBeta({}, `${'> '.repeat(MAX_MARKDOWN_NESTING - 2)}**deep**`) },
    expected: [],
  },
  {
    kind: 'size-limit',
    name: 'a quote over its limit',
    write: { [PATHS.annOnAlpha]: annOnAlpha({}, 'q'.repeat(2001)) },
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:7: body: quote is 2,001 characters; the limit is 2,000: shorten it.',
    ],
  },
  {
    kind: 'size-limit',
    name: 'a bio over its limit',
    write: { [PATHS.ann]: ann({}, 'b'.repeat(3001)) },
    expected: ['reviewers/ann.md:9: body: bio is 3,001 characters; the limit is 3,000: shorten it.'],
  },
  {
    kind: 'size-limit',
    name: "an editor's note over its limit",
    write: { [PATHS.comparison]: alphaVsBeta({}, 'n'.repeat(5001)) },
    expected: [
      "comparisons/alpha-ai-vs-beta-bot.md:5: body: editor's note is 5,001 characters; the limit is 5,000: shorten it.",
    ],
  },
  {
    kind: 'size-limit',
    name: 'a round description over its limit',
    write: { [PATHS.alphaRound]: alphaRound('r'.repeat(5001)) },
    expected: [
      'rounds/alpha-ai/2026-01-10.md:5: body: round description is 5,001 characters; the limit is 5,000: shorten it.',
    ],
  },
  {
    kind: 'size-limit',
    name: 'frontmatter over its limit',
    write: { [PATHS.gamma]: md({ name: 'Gamma', tagline: 't'.repeat(17_000) }, 'Body.') },
    expected: [
      'tools/gamma.md:2: the frontmatter is 17,022 characters; the limit is 16,384: fields hold short values, and long text goes in the body below the closing `---`.',
    ],
  },
  {
    kind: 'size-limit',
    name: 'a one-line field over its limit',
    write: { [PATHS.gamma]: gamma({ name: 'N'.repeat(81) }) },
    expected: ['tools/gamma.md:2: name: is 81 characters; keep it to 80 characters.'],
  },
  {
    kind: 'size-limit',
    name: 'a website over its limit',
    write: { [PATHS.gamma]: gamma({ website: `https://gamma.example.com/${'p'.repeat(500)}` }) },
    expected: ['tools/gamma.md:8: website: is 526 characters; keep it to 500 characters.'],
  },
  {
    kind: 'size-limit',
    name: 'a slug reference over its limit',
    write: { [PATHS.annOnAlpha]: annOnAlpha({ tool: 'a'.repeat(101) }) },
    expected: ['verdicts/alpha-ai/2026-01-10/ann.md:2: tool: is 101 characters; keep it to 100 characters.'],
  },
];
