/**
 * Classes 10, 12 and 13: files that are not UTF-8 text, one-line fields holding invisible or
 * line-breaking characters, links and markup a body must not publish, logos outside `public/`,
 * and entries of the content folder that are not plain content files.
 */
import { alphaRound, alphaVsBeta, ann, annOnAlpha, gamma, PATHS, utf16, withBytes } from './files.ts';
import type { HostileCase } from './harness.ts';

const NOT_ONE_LINE = 'a one-line field takes no line breaks, control or bidi characters; delete it.';
const GAMMA_TEXT = gamma({ vendor: 'Café Co' });
const LOGO = (src: string) => gamma({ logo: `{ src: "${src}", alt: Gamma logo, width: 64, height: 64 }` });

/** A quote whose body is `markdown`, and the line every problem in it is reported on (the body's first). */
const quote = (markdown: string) => ({ [PATHS.annOnAlpha]: annOnAlpha({}, markdown) });
const Q = 'verdicts/alpha-ai/2026-01-10/ann.md:7: body:';

export const filesCases: HostileCase[] = [
  {
    kind: 'encoding',
    name: 'a Latin-1 file (é as the single byte 0xE9)',
    write: { [PATHS.gamma]: withBytes(GAMMA_TEXT, 'é', [0xe9]) },
    expected: [
      'tools/gamma.md:7: the file is not UTF-8 text: byte 0xE9 at column 12 is not part of a UTF-8 character (a Latin-1 or Windows-1252 file?): save it as UTF-8.',
    ],
  },
  {
    kind: 'encoding',
    name: 'a UTF-8 sequence cut short at the end of the file',
    write: { [PATHS.gamma]: withBytes(`${gamma()}é`, 'é', [0xc3]) },
    expected: [
      'tools/gamma.md:13: the file is not UTF-8 text: byte 0xC3 at column 1 is not part of a UTF-8 character (a Latin-1 or Windows-1252 file?): save it as UTF-8.',
    ],
  },
  {
    kind: 'encoding',
    name: 'an overlong encoding of "/"',
    write: { [PATHS.gamma]: withBytes(GAMMA_TEXT, 'é', [0xc0, 0xaf]) },
    expected: [
      'tools/gamma.md:7: the file is not UTF-8 text: byte 0xC0 at column 12 is not part of a UTF-8 character (a Latin-1 or Windows-1252 file?): save it as UTF-8.',
    ],
  },
  {
    kind: 'encoding',
    name: 'an encoded UTF-16 surrogate',
    write: { [PATHS.gamma]: withBytes(GAMMA_TEXT, 'é', [0xed, 0xa0, 0x80]) },
    expected: [
      'tools/gamma.md:7: the file is not UTF-8 text: byte 0xED at column 12 is not part of a UTF-8 character (a Latin-1 or Windows-1252 file?): save it as UTF-8.',
    ],
  },
  {
    kind: 'encoding',
    name: 'UTF-16 little-endian with a byte-order mark',
    write: { [PATHS.gamma]: utf16(GAMMA_TEXT, 'le', true) },
    expected: ['tools/gamma.md:1: the file is UTF-16 (little-endian) text: save it as UTF-8.'],
  },
  {
    kind: 'encoding',
    name: 'UTF-16 big-endian with a byte-order mark',
    write: { [PATHS.gamma]: utf16(GAMMA_TEXT, 'be', true) },
    expected: ['tools/gamma.md:1: the file is UTF-16 (big-endian) text: save it as UTF-8.'],
  },
  {
    kind: 'encoding',
    name: 'UTF-16 without a byte-order mark (ASCII text, so every other byte is NUL)',
    write: { [PATHS.gamma]: utf16(gamma(), 'le', false) },
    expected: [
      'tools/gamma.md:1: the file holds NUL characters, so it is UTF-16 or binary, not UTF-8 text: save it as UTF-8.',
    ],
  },
  {
    kind: 'encoding',
    name: 'UTF-32 with a byte-order mark',
    write: { [PATHS.gamma]: new Uint8Array([0xff, 0xfe, 0, 0, 0x2d, 0, 0, 0]) },
    expected: ['tools/gamma.md:1: the file is UTF-32 (little-endian) text: save it as UTF-8.'],
  },
  {
    kind: 'encoding',
    name: 'UTF-8 with a byte-order mark is fine',
    write: { [PATHS.gamma]: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(gamma())]) },
    expected: [],
  },
  {
    kind: 'encoding',
    name: 'a line separator in a tagline',
    write: { [PATHS.gamma]: gamma({ tagline: '"Third\\u2028tool"' }) },
    expected: [`tools/gamma.md:4: tagline: holds a line separator (U+2028) at character 6: ${NOT_ONE_LINE}`],
  },
  {
    kind: 'encoding',
    name: 'a paragraph separator in a name',
    write: { [PATHS.gamma]: gamma({ name: '"Gam\\u2029ma"' }) },
    expected: [
      `tools/gamma.md:2: name: holds a paragraph separator (U+2029) at character 4: ${NOT_ONE_LINE}`,
    ],
  },
  {
    kind: 'encoding',
    name: 'a next-line character in a headline',
    write: { [PATHS.comparison]: alphaVsBeta({ headline: '"Alpha\\x85Beta"' }) },
    expected: [
      `comparisons/alpha-ai-vs-beta-bot.md:4: headline: holds a next-line character (U+0085) at character 6: ${NOT_ONE_LINE}`,
    ],
  },
  {
    kind: 'encoding',
    name: 'a line break kept by a block scalar',
    write: { [PATHS.gamma]: gamma({ tagline: '|\n  Third\n  tool' }) },
    expected: [`tools/gamma.md:4: tagline: holds a line break (U+000A) at character 6: ${NOT_ONE_LINE}`],
  },
  {
    kind: 'encoding',
    name: 'a tab in a vendor',
    write: { [PATHS.gamma]: gamma({ vendor: '"Gamma\\tCo"' }) },
    expected: [`tools/gamma.md:7: vendor: holds a tab (U+0009) at character 6: ${NOT_ONE_LINE}`],
  },
  {
    kind: 'encoding',
    name: 'an escape character in a motto',
    write: { [PATHS.ann]: ann({ motto: '"Try\\e[31m it"' }) },
    expected: [
      `reviewers/ann.md:3: motto: holds a control character (U+001B) at character 4: ${NOT_ONE_LINE}`,
    ],
  },
  {
    kind: 'encoding',
    name: 'a right-to-left override in a dek',
    write: { [PATHS.comparison]: alphaVsBeta({ dek: '"Pick \\u202Eeno\\u202C one"' }) },
    expected: [
      `comparisons/alpha-ai-vs-beta-bot.md:4: dek: holds a bidi control character (U+202E) at character 6: ${NOT_ONE_LINE}`,
    ],
  },
  {
    kind: 'encoding',
    name: 'a bidi isolate in an excitedBy item',
    write: { [PATHS.ann]: ann({ excitedBy: '["Fast \\u2066starts"]' }) },
    expected: [
      `reviewers/ann.md:6: excitedBy[0]: holds a bidi control character (U+2066) at character 6: ${NOT_ONE_LINE}`,
    ],
  },
  {
    kind: 'encoding',
    name: 'a line break inside a website',
    write: { [PATHS.gamma]: gamma({ website: '"https://gamma.exam\\nple.com/"' }) },
    expected: [
      'tools/gamma.md:8: website: must not hold spaces, line breaks or control characters: write the URL as one unbroken line.',
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'javascript: links in every spelling',
    write: quote(
      [
        '[a](javascript:alert(1))',
        '[b](JaVaScRiPt:alert(1))',
        '[c](&#106;avascript:alert(1))',
        '[d](java&#x09;script:alert(1))',
        '[e]( <javascript:alert(1)> )',
        '<javascript:alert(1)>',
      ].join(' '),
    ),
    expected: [
      `${Q} link 'javascript:alert(1)' uses javascript:, which is never published: link to an https:// page instead.`,
      `${Q} link 'JaVaScRiPt:alert(1)' uses javascript:, which is never published: link to an https:// page instead.`,
      `${Q} link 'javascript:alert(1)' uses javascript:, which is never published: link to an https:// page instead.`,
      `${Q} link 'java\\tscript:alert(1)' uses javascript:, which is never published: link to an https:// page instead.`,
      `${Q} link 'javascript:alert(1)' uses javascript:, which is never published: link to an https:// page instead.`,
      `${Q} link 'javascript:alert(1)' uses javascript:, which is never published: link to an https:// page instead.`,
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'data:, vbscript: and file: links',
    write: quote('[a](data:text/html;base64,PHNjcmlwdD4=) [b](vbscript:msgbox) [c](file:///etc/passwd)'),
    expected: [
      `${Q} link 'data:text/html;base64,PHNjcmlwdD4=' uses data:, which is never published: link to an https:// page instead.`,
      `${Q} link 'vbscript:msgbox' uses vbscript:, which is never published: link to an https:// page instead.`,
      `${Q} link 'file:///etc/passwd' uses file:, which is never published: link to an https:// page instead.`,
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'http: links, written, autolinked and bare',
    write: quote('[a](http://a.example/x) <HTTP://B.example/> and http://c.example/ and www.d.example'),
    expected: [
      `${Q} link 'http://a.example/x' is not https: write 'https://a.example/x' if the site serves it, or remove the link.`,
      `${Q} link 'HTTP://B.example/' is not https: write 'https://b.example/' if the site serves it, or remove the link.`,
      `${Q} link 'http://c.example/' is not https: write 'https://c.example/' if the site serves it, or remove the link.`,
      `${Q} link 'http://www.d.example' is not https: write 'https://www.d.example/' if the site serves it, or remove the link.`,
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'protocol-relative links, with slashes and backslashes',
    write: quote('[a](//evil.example/) [b](/\\\\evil.example/x) [c]( //evil.example)'),
    expected: [
      `${Q} link '//evil.example/' leaves the site without saying https: write 'https://evil.example/'.`,
      `${Q} link '/\\evil.example/x' leaves the site without saying https: write 'https://evil.example/x'.`,
      `${Q} link '//evil.example' leaves the site without saying https: write 'https://evil.example/'.`,
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'a reference-style link whose definition is javascript:',
    write: quote('See [the docs][d].\n\n[d]: javascript:alert(1)'),
    expected: [
      "verdicts/alpha-ai/2026-01-10/ann.md:9: body: link 'javascript:alert(1)' uses javascript:, which is never published: link to an https:// page instead.",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'images, however they are linked',
    write: quote(
      '![a](https://img.example/a.png) ![b](javascript:alert(1)) ![c][i]\n\n[i]: https://img.example/c.png',
    ),
    expected: [
      `${Q} images are not published in content: remove the image 'https://img.example/a.png' (a logo goes in the tool's \`logo\` field).`,
      `${Q} images are not published in content: remove the image 'javascript:alert(1)' (a logo goes in the tool's \`logo\` field).`,
      `${Q} images are not published in content: remove the image '![i]' (a logo goes in the tool's \`logo\` field).`,
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'raw HTML: a script, an event handler, a link and a comment',
    write: quote(
      '<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <a href="javascript:x">y</a>.\n\n<!-- hidden -->',
    ),
    expected: [
      `${Q} raw HTML is not published and would be dropped: '<script>alert(1)</script>'; write Markdown instead (**bold**, [text](https://…)).`,
      "verdicts/alpha-ai/2026-01-10/ann.md:9: body: raw HTML is not published and would be dropped: '<img src=x onerror=alert(1)>'; write Markdown instead (**bold**, [text](https://…)).",
      'verdicts/alpha-ai/2026-01-10/ann.md:9: body: raw HTML is not published and would be dropped: \'<a href="javascript:x">\'; write Markdown instead (**bold**, [text](https://…)).',
      "verdicts/alpha-ai/2026-01-10/ann.md:11: body: raw HTML is not published and would be dropped: '<!-- hidden -->'; write Markdown instead (**bold**, [text](https://…)).",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'every kind of body is checked (description, bio, note, round description)',
    write: {
      [PATHS.gamma]: gamma({}, '[x](javascript:a)'),
      [PATHS.ann]: ann({}, '[x](javascript:b)'),
      [PATHS.comparison]: alphaVsBeta({}, '[x](javascript:c)'),
      [PATHS.alphaRound]: alphaRound('[x](javascript:d)'),
    },
    expected: [
      "comparisons/alpha-ai-vs-beta-bot.md:5: body: link 'javascript:c' uses javascript:, which is never published: link to an https:// page instead.",
      "reviewers/ann.md:9: body: link 'javascript:b' uses javascript:, which is never published: link to an https:// page instead.",
      "rounds/alpha-ai/2026-01-10.md:5: body: link 'javascript:d' uses javascript:, which is never published: link to an https:// page instead.",
      "tools/gamma.md:12: body: link 'javascript:a' uses javascript:, which is never published: link to an https:// page instead.",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'https, mailto, site paths and fragments are fine',
    write: quote(
      '[a](https://a.example/) <https://b.example/> [c](mailto:x@y.example) z@y.example [d](/tools/beta-bot/) [e](#scorecard)',
    ),
    expected: [],
  },
  {
    kind: 'link-or-markup',
    name: 'a logo on another host',
    write: { [PATHS.gamma]: LOGO('//cdn.example/gamma.svg') },
    expected: [
      "tools/gamma.md:11: logo.src: '//cdn.example/gamma.svg' names another host: put the image under public/ and write its path, e.g. /logos/my-tool.svg.",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'a logo given as a URL',
    write: { [PATHS.gamma]: LOGO('https://cdn.example/gamma.svg') },
    expected: [
      "tools/gamma.md:11: logo.src: 'https://cdn.example/gamma.svg' names another host: put the image under public/ and write its path, e.g. /logos/my-tool.svg.",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'a logo path climbing out of public/',
    write: { [PATHS.gamma]: LOGO('/logos/../../package.json.svg') },
    expected: [
      "tools/gamma.md:11: logo.src: '/logos/../../package.json.svg' must stay inside public/: remove the '.' and '..' parts.",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'a logo that is not a file under public/',
    write: { [PATHS.gamma]: LOGO('/logos/missing.svg') },
    expected: [
      "tools/gamma.md:11: logo.src: '/logos/missing.svg' is not a file under public/: add public/logos/missing.svg or fix the path.",
    ],
  },
  {
    kind: 'link-or-markup',
    name: 'a logo that is a file under public/ is fine',
    write: { [PATHS.gamma]: LOGO('/logos/gamma.svg') },
    expected: [],
  },
  {
    kind: 'file-or-folder',
    name: 'a symbolic link to a file outside the content folder',
    write: { 'tools/passwd.md': { link: '/etc/passwd' } },
    expected: [
      'tools/passwd.md: symbolic links are not followed: put the file itself in the content folder.',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'a symbolic link to another content file',
    write: { 'tools/alpha-copy.md': { link: 'alpha-ai.md' } },
    expected: [
      'tools/alpha-copy.md: symbolic links are not followed: put the file itself in the content folder.',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'a symbolic link to a folder',
    write: { 'verdicts/gamma': { link: '../verdicts/alpha-ai' } },
    expected: ['verdicts/gamma: symbolic links are not followed: put the file itself in the content folder.'],
  },
  {
    kind: 'file-or-folder',
    name: 'a FIFO, which would block a reader forever',
    write: { 'tools/pipe.md': { fifo: true } },
    expected: [
      'tools/pipe.md: not a regular file (a FIFO, socket or device): content files are plain text files.',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'a hidden file that looks like content',
    write: { 'tools/.gamma.md': gamma() },
    expected: [
      'tools/.gamma.md: warning: hidden files are not read: remove the leading dot if this is content, or delete it.',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'a hidden folder',
    write: { '.drafts/tools/gamma.md': gamma() },
    expected: ['.drafts: warning: hidden folders are not read: move any content out of it, or delete it.'],
  },
  {
    kind: 'file-or-folder',
    name: 'a tool in a sub-folder',
    write: { 'tools/archive/gamma.md': gamma() },
    expected: [
      'tools/archive/gamma.md: unexpected file: files in tools/ go in tools/<tool>.md; move it there (sub-folders are not read).',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'a verdict one folder too deep',
    write: { 'verdicts/alpha-ai/2026-01-10/old/ann.md': annOnAlpha() },
    expected: [
      'verdicts/alpha-ai/2026-01-10/old/ann.md: unexpected file: files in verdicts/ go in verdicts/<tool>/<YYYY-MM-DD>/<reviewer>.md; move it there (sub-folders are not read).',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'an unknown top-level folder',
    write: { 'drafts/gamma.md': gamma() },
    expected: [
      'drafts/gamma.md: unexpected file: content goes in tools/<tool>.md, reviewers/<reviewer>.md, rounds/<tool>/<YYYY-MM-DD>.md, verdicts/<tool>/<YYYY-MM-DD>/<reviewer>.md, comparisons/<a>-vs-<b>.md, votes/<a>-vs-<b>.yaml.',
    ],
  },
  {
    kind: 'file-or-folder',
    name: 'READMEs and the editor JSON Schemas are expected',
    write: {
      'README.md': '# Content\n',
      'tools/README.md': '# Tools\n',
      '.schemas/tools.schema.json': '{}\n',
    },
    expected: [],
  },
];
