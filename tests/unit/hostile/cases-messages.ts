/**
 * Class 14 (the parts read from one file): messages an editor can act on without knowing YAML
 * or the schemas, for missing fields, syntax errors, empty files and hand-typed figures.
 */
import { alphaVsBeta, annOnAlpha, gamma, md, PATHS } from './files.ts';
import type { HostileCase } from './harness.ts';

export const messageCases: HostileCase[] = [
  {
    kind: 'message',
    name: 'a missing text field gives an example line',
    write: { [PATHS.gamma]: gamma({ vendor: null }) },
    expected: [
      'tools/gamma.md:2: vendor: required field is missing. Add a line like `vendor: Hugging Face` (one line of text, at most 80 characters). Company or project that makes the tool.',
    ],
  },
  {
    kind: 'message',
    name: 'a missing date gives the format and an example',
    write: { [PATHS.comparison]: alphaVsBeta({ published: null }) },
    expected: [
      'comparisons/alpha-ai-vs-beta-bot.md:2: published: required field is missing. Add a line like `published: 2026-06-02` (date, YYYY-MM-DD). Publish date; picks the review round each tool shows.',
    ],
  },
  {
    kind: 'message',
    name: 'a missing choice lists the values',
    write: { [PATHS.annOnAlpha]: annOnAlpha({ verdict: null }) },
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:2: verdict: required field is missing. Add a line like `verdict: ship` (one of `ship`, `skip`). `ship` or `skip`.',
    ],
  },
  {
    kind: 'message',
    name: 'a missing pair of slugs shows the list form',
    write: { [PATHS.comparison]: alphaVsBeta({ tools: null }) },
    expected: [
      'comparisons/alpha-ai-vs-beta-bot.md:2: tools: required field is missing. Add a line like `tools: [smolvlm2-2b, perplexity-sonar-pro-2-api]` ([slug, slug]). The two tool slugs, in page order; the file name must be `<a>-vs-<b>.md`.',
    ],
  },
  {
    kind: 'message',
    name: 'a missing URL',
    write: { [PATHS.gamma]: gamma({ website: null }) },
    expected: [
      "tools/gamma.md:2: website: required field is missing. Add a line like `website: https://example.com/` (https:// URL, at most 500 characters). The tool's official page (https only).",
    ],
  },
  {
    kind: 'message',
    name: 'a missing field of a nested object says where it goes',
    write: { [PATHS.gamma]: gamma({ logo: '{ src: /logos/gamma.svg, alt: Gamma logo, width: 64 }' }) },
    expected: [
      'tools/gamma.md:11: logo.height: required field is missing. Add a line like `height: 64` under `logo` (whole number from 1 to 1,024). Intrinsic height in pixels.',
    ],
  },
  {
    kind: 'message',
    name: 'a missing vote count',
    write: { [PATHS.votes]: 'alpha-ai: { ship: 2 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: alpha-ai.skip: required field is missing. Add a line like `skip: 9` under `alpha-ai` (whole number from 0 to 10,000,000). Readers who voted skip.',
    ],
  },
  {
    kind: 'message',
    name: "an unquoted ': ' names the field and says to quote the value",
    write: { [PATHS.gamma]: gamma({ pricingNote: 'Free: up to 1,000 images a month' }) },
    expected: [
      'tools/gamma.md:6: pricingNote: invalid YAML: the value holds \': \', which YAML reads as the start of another field: put the whole value in quotes, e.g. pricingNote: "Free: up to 1,000 images a month".',
    ],
  },
  {
    kind: 'message',
    name: "an unquoted ': ' after quoted words",
    write: { [PATHS.gamma]: gamma({ tagline: 'Say "hi": it answers' }) },
    expected: [
      'tools/gamma.md:4: tagline: invalid YAML: the value holds \': \', which YAML reads as the start of another field: put the whole value in quotes, e.g. tagline: "Say \\"hi\\": it answers".',
    ],
  },
  {
    kind: 'message',
    name: 'a quote left open names the field where it opened',
    write: { [PATHS.gamma]: gamma({ tagline: '"Third tool' }) },
    expected: [
      'tools/gamma.md:4: tagline: invalid YAML: the quoted value is never closed: end it with the same quote mark (") it opens with.',
    ],
  },
  {
    kind: 'message',
    name: 'a list left open names the field where it opened',
    write: { [PATHS.comparison]: alphaVsBeta({ tools: '[alpha-ai, beta-bot' }) },
    expected: [
      "comparisons/alpha-ai-vs-beta-bot.md:2: tools: invalid YAML: the list opened with '[' is not closed: end it with ']' on the same line.",
    ],
  },
  {
    kind: 'message',
    name: 'a field given twice',
    write: { [PATHS.gamma]: `${gamma().replace('---\n', '---\nlicense: MIT\n')}` },
    expected: [
      "tools/gamma.md:10: license: invalid YAML: 'license' is set twice (also on line 2): keep one.",
    ],
  },
  {
    kind: 'message',
    name: 'a tab used for indentation',
    write: { [PATHS.gamma]: gamma().replace('vendor:', '\tvendor:') },
    expected: [
      'tools/gamma.md:7: vendor: invalid YAML: the line is indented with a tab: YAML indents with spaces only.',
    ],
  },
  {
    kind: 'message',
    name: 'a value starting with a reserved character',
    write: { [PATHS.gamma]: gamma({ vendor: '@gamma' }) },
    expected: [
      'tools/gamma.md:7: vendor: invalid YAML: a value cannot start with \'@\' unless it is quoted: write vendor: "@gamma".',
    ],
  },
  {
    kind: 'message',
    name: 'a line that is not a field',
    write: { [PATHS.gamma]: gamma().replace('license: MIT', 'license MIT') },
    expected: [
      "tools/gamma.md:9: invalid YAML: this line is not a field: write it as 'name: value', with a space after the colon.",
    ],
  },
  {
    kind: 'message',
    name: 'empty frontmatter lists the required fields',
    write: { [PATHS.gamma]: '---\n---\nGamma writes.\n' },
    expected: [
      'tools/gamma.md:2: the frontmatter is empty: a tool needs name, category, tagline, entryPrice, pricingNote, vendor, website, license and verified; see the field reference in CONTRIBUTING.md.',
    ],
  },
  {
    kind: 'message',
    name: 'frontmatter holding only a comment is empty too',
    write: { [PATHS.annOnAlpha]: '---\n# to do\n---\nQuote.\n' },
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:2: the frontmatter is empty: a verdict needs tool, reviewer, round and verdict; see the field reference in CONTRIBUTING.md.',
    ],
  },
  {
    kind: 'message',
    name: 'frontmatter written as a list',
    write: { [PATHS.comparison]: '---\n- alpha-ai\n- beta-bot\n---\n' },
    expected: [
      "comparisons/alpha-ai-vs-beta-bot.md:2: the frontmatter must be fields written as 'name: value', one per line, not a list: a comparison needs tools and published; see the field reference in CONTRIBUTING.md.",
    ],
  },
  {
    kind: 'message',
    name: 'hand-typed figures say figures are computed',
    write: {
      [PATHS.comparison]: alphaVsBeta({ panelShip: '75', shipPercent: '75%', community: '80' }),
      [PATHS.annOnAlpha]: annOnAlpha({ votes: '12' }),
    },
    expected: [
      'comparisons/alpha-ai-vs-beta-bot.md:4: panelShip: unknown field: figures (ship percentages, vote totals) are computed from verdicts and votes, never typed; remove it.',
      'comparisons/alpha-ai-vs-beta-bot.md:5: shipPercent: unknown field: figures (ship percentages, vote totals) are computed from verdicts and votes, never typed; remove it.',
      'comparisons/alpha-ai-vs-beta-bot.md:6: community: unknown field: figures (ship percentages, vote totals) are computed from verdicts and votes, never typed; remove it.',
      'verdicts/alpha-ai/2026-01-10/ann.md:6: votes: unknown field: figures (ship percentages, vote totals) are computed from verdicts and votes, never typed; remove it.',
    ],
  },
  {
    kind: 'message',
    name: 'a panel figure typed where the panel goes',
    write: { [PATHS.comparison]: alphaVsBeta({ panel: '75%' }) },
    expected: [
      "comparisons/alpha-ai-vs-beta-bot.md:4: panel: figures (ship percentages, vote totals) are computed from verdicts and votes, never typed; remove '75%'. `panel` takes a list of slugs, at least 1, e.g. `panel: [the-builder, the-skeptic, the-operator, the-futurist]`.",
    ],
  },
  {
    kind: 'message',
    name: 'a block of ship figures',
    write: { [PATHS.comparison]: alphaVsBeta({ ship: '{ alpha-ai: 75%, beta-bot: 60% }' }) },
    expected: [
      'comparisons/alpha-ai-vs-beta-bot.md:4: ship: unknown field: figures (ship percentages, vote totals) are computed from verdicts and votes, never typed; remove it.',
    ],
  },
  {
    kind: 'message',
    name: 'a verdict written as its own field',
    write: { [PATHS.annOnAlpha]: annOnAlpha({ verdict: null, ship: 'yes' }) },
    expected: [
      'verdicts/alpha-ai/2026-01-10/ann.md:2: verdict: required field is missing. Add a line like `verdict: ship` (one of `ship`, `skip`). `ship` or `skip`.',
      'verdicts/alpha-ai/2026-01-10/ann.md:5: ship: unknown field: the call is written `verdict: ship`.',
    ],
  },
  {
    kind: 'message',
    name: 'a placeholder left in a URL field',
    write: { [PATHS.gamma]: gamma({ website: 'TODO https://…' }) },
    expected: [
      'tools/gamma.md:8: website: still a TODO placeholder: replace it with the real value (https:// URL, at most 500 characters), e.g. `website: https://example.com/`.',
    ],
  },
  {
    kind: 'message',
    name: 'a near miss of a real field is still a typo',
    write: { [PATHS.comparison]: alphaVsBeta({ panle: '[ann, bo]' }) },
    expected: ["comparisons/alpha-ai-vs-beta-bot.md:4: panle: unknown field. Did you mean 'panel'?"],
  },
  {
    kind: 'message',
    name: 'a file with no frontmatter at all',
    write: { [PATHS.gamma]: md({}, '').replace('---\n\n---\n', 'Just text.\n') },
    expected: ['tools/gamma.md:1: file must start with a `---` line opening the YAML frontmatter.'],
  },
  {
    kind: 'message',
    name: 'a self-comparison still reports the rest of the file',
    write: {
      'comparisons/alpha-ai-vs-alpha-ai.md': md(
        {
          tools: '[alpha-ai, alpha-ai]',
          published: '2026-01-12',
          rounds: '{ beta-bot: 2026-01-10 }',
          panel: '[ann, zed]',
        },
        '',
      ),
    },
    expected: [
      'comparisons/alpha-ai-vs-alpha-ai.md:2: tools: a tool cannot be compared with itself: pick two different tools.',
      "comparisons/alpha-ai-vs-alpha-ai.md:4: rounds.beta-bot: 'beta-bot' is not one of this comparison's tools (alpha-ai, alpha-ai).",
      "comparisons/alpha-ai-vs-alpha-ai.md:5: panel[1]: unknown reviewer 'zed'. Add reviewers/zed.md or fix the slug.",
    ],
  },
  {
    kind: 'message',
    name: "a file failing its schema hides no other file's cross-file problems",
    write: {
      [PATHS.gamma]: gamma({ category: 'Writting' }),
      'comparisons/alpha-ai-vs-gamma.md': md(
        {
          tools: '[alpha-ai, gamma]',
          published: '2026-01-12',
          rounds: '{ alpha-ai: 2025-01-10 }',
          panel: '[ann, zed]',
        },
        '',
      ),
    },
    expected: [
      'comparisons/alpha-ai-vs-gamma.md:4: rounds.alpha-ai: alpha-ai has no verdicts in round 2025-01-10. Its rounds: 2026-01-10.',
      "comparisons/alpha-ai-vs-gamma.md:5: panel[1]: unknown reviewer 'zed'. Add reviewers/zed.md or fix the slug.",
      "tools/gamma.md:3: category: 'Writting' is not allowed. Did you mean 'Writing'? Use one of: Developer Tools, Writing, Image & Video, Audio & Voice, Productivity, Data & Analytics, Agents & Automation, Research.",
    ],
  },
  {
    kind: 'message',
    name: 'a file name with accents is offered its transliterated slug',
    write: { 'tools/café-crème.md': gamma({ name: 'Café Crème', website: 'https://cafe.example/' }) },
    expected: [
      "tools/café-crème.md:1: file name 'café-crème' is not a valid slug: rename the file to 'cafe-creme'.",
    ],
  },
  {
    kind: 'message',
    name: 'a file name with no Latin letter is told what a slug is made of',
    write: { 'tools/日本.md': gamma({ name: 'Nihon', website: 'https://nihon.example/' }) },
    expected: [
      "tools/日本.md:1: file name '日本' is not a valid slug: rename the file using lowercase Latin letters and digits joined by single hyphens, e.g. 'my-tool-2'.",
    ],
  },
  {
    kind: 'message',
    name: 'a tool name where a slug belongs is offered the slug',
    write: { [PATHS.comparison]: alphaVsBeta({ tools: '[Alpha AI, beta-bot]' }) },
    expected: [
      "comparisons/alpha-ai-vs-beta-bot.md:2: tools[0]: 'Alpha AI' is not a valid slug: write 'alpha-ai'.",
    ],
  },
];
