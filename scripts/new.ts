/**
 * `npm run new -- tool "<Name>"`, `npm run new -- round <tool> [YYYY-MM-DD]`,
 * `npm run new -- comparison <a> <b> [YYYY-MM-DD]`: writes skeleton content files that
 * validate once their placeholders are filled. Never overwrites an existing file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../src/core/content.ts';
import { oneLine } from '../src/core/messages/one-line.ts';
import {
  scaffoldComparison,
  scaffoldRound,
  scaffoldTool,
  type ScaffoldFile,
} from '../src/core/content/scaffold.ts';
import { slugify } from '../src/core/content/slug.ts';
import { didYouMean } from '../src/core/messages/suggest.ts';

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

function requireTool(slug: string | undefined): string {
  if (!slug) fail(USAGE);
  const tools = slugsIn('tools');
  if (!tools.includes(slug)) {
    const suggestion = didYouMean(slug, tools);
    fail(
      `unknown tool '${oneLine(slug)}' in ${oneLine(contentDir)}/tools.${suggestion || ' Add it first with npm run new -- tool "<Name>".'}`,
    );
  }
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
for (const file of files) {
  const target = join(contentDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  console.log(`created ${target}`);
}
console.log(
  'Fill in every TODO (and the quote or description below the closing ---), then run npm run validate.',
);
