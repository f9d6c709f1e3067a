/**
 * `npm run newsletter -- --from YYYY-MM-DD --to YYYY-MM-DD --out <dir>`: writes the period's
 * issue as `issue.html` and `issue.txt`. Exits 1, writing nothing, when content has errors or
 * the period had no comparison, no verdict flip and no new tool.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE, CONTENT_DIR, PUBLIC_DIR } from '../src/config.ts';
import { createSite, todayIso } from '../src/core/content.ts';
import { renderMarkdown } from '../src/core/content/markdown.ts';
import { buildDigest } from '../src/core/newsletter/digest.ts';
import { formatProblem } from '../src/core/messages/problems.ts';
import { publicFiles } from '../src/fs/public-files.ts';
import { readContentDir, toPosix } from '../src/fs/read-content.ts';

const USAGE = 'usage: npm run newsletter -- --from YYYY-MM-DD --to YYYY-MM-DD --out <dir> [--content <dir>]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { from, to, out } = values;
if (!from || !to || !out) fail(USAGE);
for (const [flag, date] of [
  ['--from', from],
  ['--to', to],
] as const) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    fail(`${flag} must be a date written YYYY-MM-DD, got '${date}'.`);
  }
}
if (from > to) fail(`--from ${from} is after --to ${to}.`);

const dir = values.content ?? CONTENT_DIR;
const { site, problems } = createSite(readContentDir(dir), toPosix(normalize(dir)), {
  today: todayIso(),
  render: renderMarkdown,
  publicFile: publicFiles(PUBLIC_DIR),
});
if (!site) {
  const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
  fail(`${errors.join('\n')}\ncontent in ${dir} has errors; no issue was written (run npm run validate).`);
}

const digest = buildDigest(site, {
  period: { from, to },
  origin: SITE.url,
  siteName: SITE.name,
  newsletterName: SITE.newsletter.name,
});
if (!digest) {
  fail(
    `no comparison was published, no verdict flipped and no tool was new from ${from} to ${to}; no issue was written.`,
  );
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'issue.html'), digest.html);
writeFileSync(join(out, 'issue.txt'), digest.text);
console.log(
  `${digest.campaign}: ${digest.count} comparison(s), ${digest.flips} verdict flip(s), ${digest.newTools} new tool(s) -> ${join(out, 'issue.html')}, ${join(out, 'issue.txt')}`,
);
console.log(`subject: ${digest.subject}`);
