/**
 * `npm run new -- tool "<Name>"`, `npm run new -- round <tool> [YYYY-MM-DD]`,
 * `npm run new -- comparison <a> <b> [YYYY-MM-DD]`: writes skeleton content files that
 * validate once their placeholders are filled. Never overwrites an existing file, and writes
 * nothing that validation would refuse for another reason than a placeholder (a look-alike name,
 * a self-comparison, an impossible date, an unknown tool): it prints those problems instead.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../src/core/content.ts';
import { oneLine } from '../src/core/messages/one-line.ts';
import { formatProblem } from '../src/core/messages/problems.ts';
import {
  scaffoldComparison,
  scaffoldRefusals,
  scaffoldRound,
  scaffoldTool,
  type ScaffoldFile,
} from '../src/core/content/scaffold.ts';
import { slugify } from '../src/core/content/slug.ts';
import { readContentDir, toPosix } from '../src/fs/read-content.ts';

const USAGE = `usage:
  npm run new -- tool "<Name>"
  npm run new -- round <tool-slug> [YYYY-MM-DD]
  npm run new -- comparison <tool-a> <tool-b> [YYYY-MM-DD]
options: --content <dir> (default: content)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' } },
});
const contentDir = values.content ?? process.env['CONTENT_DIR'] ?? 'content';
const [kind, ...args] = positionals;
const today = todayIso();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function slugsIn(folder: string): string[] {
  const dir = join(contentDir, folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
    : [];
}

// Whether the tool exists is validation's question; here only that one was named.
function requireTool(slug: string | undefined): string {
  if (!slug) fail(USAGE);
  return slug;
}

let files: ScaffoldFile[];
switch (kind) {
  case 'tool': {
    const name = args.join(' ').trim();
    if (!name) fail(USAGE);
    if (!slugify(name)) {
      fail(
        `'${oneLine(name)}' has no Latin letter or digit to make a file name from: write the name in Latin letters.`,
      );
    }
    files = [scaffoldTool(name, today)];
    break;
  }
  case 'round': {
    const tool = requireTool(args[0]);
    const reviewers = slugsIn('reviewers');
    if (reviewers.length === 0) fail(`no reviewers in ${contentDir}/reviewers: add the panel first.`);
    files = scaffoldRound(tool, args[1] ?? today, reviewers);
    break;
  }
  case 'comparison': {
    files = [scaffoldComparison(requireTool(args[0]), requireTool(args[1]), args[2] ?? today)];
    break;
  }
  default:
    fail(USAGE);
}

for (const file of files) {
  const target = join(contentDir, file.path);
  if (existsSync(target)) fail(`${target} already exists; nothing was written.`);
}
const refusals = scaffoldRefusals(readContentDir(contentDir), toPosix(normalize(contentDir)), files, today);
if (refusals.length > 0) {
  for (const problem of refusals) console.error(formatProblem(problem));
  fail(`✗ npm run validate would refuse ${refusals.length === 1 ? 'this' : 'these'}; nothing was written.`);
}
for (const file of files) {
  const target = join(contentDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  console.log(`created ${target}`);
}
console.log(
  'Fill in every TODO (and the quote or description below the closing ---), then run npm run validate.',
);
