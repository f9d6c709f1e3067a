/**
 * Classes 9 and 11: a duplicate is reported on both files, each naming the other (in a pull
 * request the new file is the one in the diff, and it is not always the one that sorts first),
 * and names and websites are compared as a reader and a browser see them, so look-alikes count.
 */
import { gamma, md, PATHS } from './files.ts';
import type { HostileCase } from './harness.ts';

const ONE = 'one tool, one file.';
const ALPHA = 'tools/alpha-ai.md';

const SAME_SITE =
  'one tool, one file (scheme, www., port, user, query, fragment, index.html and a trailing slash or dot do not make another site).';

/** A name given to gamma that must read as alpha-ai's 'Alpha AI'; `note` explains why, if needed. */
function sameName(name: string, written: string, note = ''): HostileCase {
  return {
    kind: 'look-alike',
    name: `the name ${written}`,
    write: { [PATHS.gamma]: gamma({ name }) },
    expected: [
      `${ALPHA}:2: name: 'Alpha AI' is also the name of tools/gamma.md ('${written}'): ${ONE}${note}`,
      `tools/gamma.md:2: name: '${written}' is also the name of ${ALPHA} ('Alpha AI'): ${ONE}${note}`,
    ],
  };
}

/** Two new tools whose names a reader cannot tell apart: gamma named `name`, delta named `other`. */
function lookAlike(name: string, other: string, note: string): HostileCase {
  const why = ` Names are compared as readers see them: ${note}.`;
  return {
    kind: 'look-alike',
    name: `${other} for ${name}`,
    write: {
      [PATHS.gamma]: gamma({ name }),
      'tools/delta.md': gamma({ name: other, website: 'https://delta.example.com/' }),
    },
    expected: [
      `tools/delta.md:2: name: '${other}' is also the name of tools/gamma.md ('${name}'): ${ONE}${why}`,
      `tools/gamma.md:2: name: '${name}' is also the name of tools/delta.md ('${other}'): ${ONE}${why}`,
    ],
  };
}

/** A website given to gamma that is alpha-ai's https://alpha.example.com/ to a browser. */
function sameSite(website: string): HostileCase {
  return {
    kind: 'look-alike',
    name: `the website ${website}`,
    write: { [PATHS.gamma]: gamma({ website }) },
    expected: [
      `${ALPHA}:8: website: https://alpha.example.com/ is the same website as ${website} in tools/gamma.md: ${SAME_SITE}`,
      `tools/gamma.md:8: website: ${website} is the same website as https://alpha.example.com/ in ${ALPHA}: ${SAME_SITE}`,
    ],
  };
}

export const duplicateCases: HostileCase[] = [
  {
    kind: 'duplicate',
    name: 'a pair published twice, in the other order',
    write: {
      'comparisons/beta-bot-vs-alpha-ai.md': md(
        { tools: '[beta-bot, alpha-ai]', published: '2026-01-12' },
        '',
      ),
    },
    expected: [
      'comparisons/alpha-ai-vs-beta-bot.md:2: tools: alpha-ai and beta-bot are also compared in comparisons/beta-bot-vs-alpha-ai.md: a pair is published once, in either order.',
      'comparisons/beta-bot-vs-alpha-ai.md:2: tools: beta-bot and alpha-ai are also compared in comparisons/alpha-ai-vs-beta-bot.md: a pair is published once, in either order.',
    ],
  },
  {
    kind: 'duplicate',
    name: 'a second tool with the same name',
    write: { [PATHS.gamma]: gamma({ name: 'Alpha AI' }) },
    expected: [
      `${ALPHA}:2: name: 'Alpha AI' is also the name of tools/gamma.md: ${ONE}`,
      `tools/gamma.md:2: name: 'Alpha AI' is also the name of ${ALPHA}: ${ONE}`,
    ],
  },
  {
    kind: 'duplicate',
    name: 'a second tool with the same website',
    write: { [PATHS.gamma]: gamma({ website: 'https://alpha.example.com/' }) },
    expected: [
      `${ALPHA}:8: website: https://alpha.example.com/ is also the website of tools/gamma.md: ${ONE}`,
      `tools/gamma.md:8: website: https://alpha.example.com/ is also the website of ${ALPHA}: ${ONE}`,
    ],
  },
  {
    kind: 'duplicate',
    name: 'three tools with one name: the first names each of the others',
    write: {
      [PATHS.gamma]: gamma({ name: 'Alpha AI' }),
      'tools/delta.md': gamma({ name: 'alpha ai', website: 'https://delta.example.com/' }),
    },
    expected: [
      `${ALPHA}:2: name: 'Alpha AI' is also the name of tools/delta.md ('alpha ai'): ${ONE}`,
      `${ALPHA}:2: name: 'Alpha AI' is also the name of tools/gamma.md: ${ONE}`,
      `tools/delta.md:2: name: 'alpha ai' is also the name of ${ALPHA} ('Alpha AI'): ${ONE}`,
      `tools/gamma.md:2: name: 'Alpha AI' is also the name of ${ALPHA}: ${ONE}`,
    ],
  },
  {
    kind: 'duplicate',
    name: 'an alias claimed by two tools',
    write: {
      [PATHS.gamma]: gamma({ aliases: '[alpha-writer]' }),
      'tools/delta.md': gamma({
        name: 'Delta',
        website: 'https://delta.example.com/',
        aliases: '[alpha-writer]',
      }),
    },
    expected: [
      "tools/delta.md:11: aliases[0]: alias 'alpha-writer' is also claimed by tools/gamma.md: an old URL can lead to one tool only.",
      "tools/gamma.md:11: aliases[0]: alias 'alpha-writer' is also claimed by tools/delta.md: an old URL can lead to one tool only.",
    ],
  },
  {
    kind: 'duplicate',
    name: 'a votes file written twice, as .yaml and .yml',
    write: { 'votes/alpha-ai-vs-beta-bot.yml': 'alpha-ai: { ship: 9, skip: 0 }\n' },
    expected: [
      'votes/alpha-ai-vs-beta-bot.yaml:1: the votes on alpha-ai-vs-beta-bot are also in votes/alpha-ai-vs-beta-bot.yml: keep one votes file per comparison.',
      'votes/alpha-ai-vs-beta-bot.yml:1: the votes on alpha-ai-vs-beta-bot are also in votes/alpha-ai-vs-beta-bot.yaml: keep one votes file per comparison.',
    ],
  },
  sameName('Аlpha AI', 'Аlpha AI', " Names are compared as readers see them: 'А' (U+0410) reads as 'A'."),
  sameName('Αlpha ΑΙ', 'Αlpha ΑΙ', " Names are compared as readers see them: 'Α' (U+0391) reads as 'A'."),
  sameName(
    'ＡＬＰＨＡ ＡＩ',
    'ＡＬＰＨＡ ＡＩ',
    " Names are compared as readers see them: 'Ａ' (U+FF21) reads as 'A'.",
  ),
  sameName(
    '"Al\\u200Bpha AI"',
    'Al\\u200Bpha AI',
    ' Names are compared as readers see them: U+200B is invisible.',
  ),
  sameName('ALPHA   ai', 'ALPHA   ai'),
  sameName('A1pha AI', 'A1pha AI', " Names are compared as readers see them: '1' (U+0031) reads as 'l'."),
  sameName('A|pha AI', 'A|pha AI', " Names are compared as readers see them: '|' (U+007C) reads as 'l'."),
  lookAlike('SmolVLM2-2B', 'SmoIVLM2-2B', "'I' (U+0049) reads as 'l'"),
  lookAlike('Orbit Zero', '0rbit Zero', "'0' (U+0030) reads as 'O'"),
  lookAlike('Gamma', 'Garnrna', "'rn' reads as 'm'"),
  lookAlike('Swift', 'Svvift', "'vv' reads as 'w'"),
  {
    kind: 'look-alike',
    name: 'a capital L is not a capital I, nor a small i a small l',
    write: {
      [PATHS.gamma]: gamma({ name: 'Alpha AL' }),
      'tools/delta.md': gamma({ name: 'Mix', website: 'https://delta.example.com/' }),
      'tools/epsilon.md': gamma({ name: 'Mlx', website: 'https://epsilon.example.com/' }),
    },
    expected: [],
  },
  {
    kind: 'look-alike',
    name: 'dash variants',
    write: {
      [PATHS.gamma]: gamma({ name: 'Gamma-Go' }),
      'tools/delta.md': gamma({ name: 'Gamma–Go', website: 'https://delta.example.com/' }),
    },
    expected: [
      "tools/delta.md:2: name: 'Gamma–Go' is also the name of tools/gamma.md ('Gamma-Go'): one tool, one file. Names are compared as readers see them: '–' (U+2013) reads as '-'.",
      "tools/gamma.md:2: name: 'Gamma-Go' is also the name of tools/delta.md ('Gamma–Go'): one tool, one file. Names are compared as readers see them: '–' (U+2013) reads as '-'.",
    ],
  },
  {
    kind: 'look-alike',
    name: 'accents make another name',
    write: { [PATHS.gamma]: gamma({ name: 'Alphà AI' }) },
    expected: [],
  },
  sameSite('https://WWW.Alpha.Example.com'),
  sameSite('https://alpha.example.com.:443/'),
  sameSite('https://editor@alpha.example.com/'),
  sameSite('https://alpha.example.com/?ref=newsletter#pricing'),
  sameSite('https://alpha.example.com/index.html'),
  sameSite('https://alpha.example.com//'),
  {
    kind: 'look-alike',
    name: 'another path or port is another website',
    write: {
      [PATHS.gamma]: gamma({ website: 'https://alpha.example.com/pro/' }),
      'tools/delta.md': gamma({ name: 'Delta', website: 'https://alpha.example.com:8443/' }),
    },
    expected: [],
  },
];
