/**
 * `npm run votes:export -- --from <.data/votes.sqlite | https://site/> --out content/votes`:
 * writes each comparison's counts to `<out>/<comparison>.yaml`, the same bytes for the same
 * counts, touching only files whose counts changed. A site URL is read through
 * `GET /api/export` with the token in `VOTES_EXPORT_TOKEN` (never on the command line).
 * Exits 1 when anything could not be exported; what could be is still written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEntries } from '../src/core/content/load.ts';
import { planExport } from '../src/core/votes/export.ts';
import { readExportBody } from '../src/core/votes/export-source.ts';
import type { TallyRow } from '../src/core/votes/store.ts';
import type { VotesData } from '../src/core/schemas/votes.ts';
import { readContentDir, toPosix } from '../src/fs/read-content.ts';
import { readSqliteTallies } from '../src/server/stores/sqlite.ts';

/** Largest export body read from a site: generous for 100,000 tallies, bounded all the same. */
const MAX_EXPORT_BYTES = 32 * 1024 * 1024;

const { values } = parseArgs({
  options: { from: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' } },
});
if (!values.from || !values.out) {
  console.error('usage: npm run votes:export -- --from <votes.sqlite | https://site/> --out <content>/votes');
  process.exit(2);
}
const out = values.out;
const contentDir = values.content ?? dirname(resolve(out));

let tallies: TallyRow[];
try {
  tallies = /^[a-z]+:\/\//i.test(values.from) ? await fromSite(values.from) : fromFile(values.from);
} catch (error) {
  console.error(`votes:export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const root = toPosix(normalize(contentDir));
const { entries } = loadEntries(readContentDir(contentDir), root);
const comparisons = new Map(entries.comparisons.map((c) => [c.id, c.data.tools as [string, string]]));
const existing = new Map<string, VotesData | null>();
for (const id of entries.present.votes) existing.set(id, null);
for (const votes of entries.votes) existing.set(votes.id, votes.data);

const plan = planExport(tallies, { comparisons, existing });
mkdirSync(out, { recursive: true });
for (const file of plan.writes) writeFileSync(join(out, `${file.comparison}.yaml`), file.text);
for (const note of plan.notes) {
  const line = `${toPosix(join(out, `${note.comparison}.yaml`))}: ${note.severity === 'warning' ? 'warning: ' : ''}${note.message}`;
  (note.severity === 'error' ? console.error : console.warn)(line);
}
const errors = plan.notes.filter((n) => n.severity === 'error').length;
console.log(
  `votes:export: ${plan.writes.length} file(s) written, ${plan.unchanged} unchanged, from ${tallies.length} tallies into ${toPosix(out)}`,
);
process.exit(errors ? 1 : 0);

function fromFile(path: string): TallyRow[] {
  if (!existsSync(path)) throw new Error(`no vote database at ${path}`);
  return readSqliteTallies(path);
}

async function fromSite(base: string): Promise<TallyRow[]> {
  const url = new URL('/api/export', base);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(
      `--from must be an https:// site (http:// only for localhost), got ${JSON.stringify(url.origin)}`,
    );
  }
  const token = process.env['VOTES_EXPORT_TOKEN'];
  if (!token) throw new Error('set VOTES_EXPORT_TOKEN to the site’s export token to read its votes');
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_EXPORT_BYTES) throw new Error(`${url.href} sent more than ${MAX_EXPORT_BYTES} bytes`);
  const text = await response.text();
  if (text.length > MAX_EXPORT_BYTES) throw new Error(`${url.href} sent more than ${MAX_EXPORT_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url.href} did not send JSON`);
  }
  const read = readExportBody(body);
  if (!read.ok) throw new Error(`${url.href} sent ${read.error}`);
  return read.rows;
}
