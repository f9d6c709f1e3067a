/**
 * `npm run votes:export -- --from <.data/votes.sqlite | https://site/> --out content/votes
 * [--report <file.md>] [--since <time>]`: writes each comparison's counts to
 * `<out>/<comparison>.yaml`, the same bytes for the same counts, touching only files whose counts
 * changed, and with `--report` the Markdown a reviewer reads before merging (what changes, by how
 * many voters and networks, bursts) for the ballots since `--since` (default: a day ago). A site
 * URL is read through `GET /api/export` with the token in `VOTES_EXPORT_TOKEN` (never on the
 * command line), and never past 32 MB. Everything printed is one escaped line per message.
 * Exits 1 when anything could not be exported; what could be is still written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEntries } from '../src/core/content/load.ts';
import { oneLine } from '../src/core/messages/one-line.ts';
import type { VotesData } from '../src/core/schemas/votes.ts';
import { planExport } from '../src/core/votes/export.ts';
import { exportReport } from '../src/core/votes/export-report.ts';
import { readBoundedText, readExportBody, type ExportSource } from '../src/core/votes/export-source.ts';
import { readContentDir, toPosix } from '../src/fs/read-content.ts';
import { readSqliteExport } from '../src/server/stores/sqlite.ts';

/** Largest export body read from a site: generous for 100,000 tallies, bounded all the same. */
const MAX_EXPORT_BYTES = 32 * 1024 * 1024;

const print = (line: string): void => console.log(oneLine(line));
const fail = (line: string): void => console.error(oneLine(line));

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    out: { type: 'string' },
    content: { type: 'string' },
    report: { type: 'string' },
    since: { type: 'string' },
  },
});
if (!values.from || !values.out) {
  fail(
    'usage: npm run votes:export -- --from <votes.sqlite | https://site/> --out <content>/votes [--report <file.md>] [--since <time>]',
  );
  process.exit(2);
}
const since = sinceTime(values.since);
if (since === null) {
  fail(
    `votes:export: --since must be a date or time, e.g. 2026-11-23 or 2026-11-23T05:17:00Z, got ${JSON.stringify(values.since)}`,
  );
  process.exit(2);
}
const out = values.out;
const contentDir = values.content ?? dirname(resolve(out));

let source: ExportSource;
try {
  source = /^[a-z]+:\/\//i.test(values.from)
    ? await fromSite(values.from, since)
    : fromFile(values.from, since);
} catch (error) {
  fail(`votes:export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const root = toPosix(normalize(contentDir));
const { entries } = loadEntries(readContentDir(contentDir), root);
const comparisons = new Map(entries.comparisons.map((c) => [c.id, c.data.tools as [string, string]]));
const existing = new Map<string, VotesData | null>();
for (const id of entries.present.votes) existing.set(id, null);
for (const votes of entries.votes) existing.set(votes.id, votes.data);

const plan = planExport(source.tallies, { comparisons, existing });
mkdirSync(out, { recursive: true });
for (const file of plan.writes) writeFileSync(join(out, `${file.comparison}.yaml`), file.text);
for (const note of plan.notes) {
  const line = `${toPosix(join(out, `${note.comparison}.yaml`))}: ${note.severity === 'warning' ? 'warning: ' : ''}${note.message}`;
  (note.severity === 'error' ? fail : (text: string) => console.warn(oneLine(text)))(line);
}
if (values.report) {
  mkdirSync(dirname(resolve(values.report)), { recursive: true });
  writeFileSync(values.report, exportReport(plan, source.activity));
}
const errors = plan.notes.filter((n) => n.severity === 'error').length;
print(
  `votes:export: ${plan.writes.length} file(s) written, ${plan.unchanged} unchanged, from ${source.tallies.length} tallies into ${toPosix(out)}${values.report ? `; report in ${values.report}` : ''}`,
);
process.exit(errors ? 1 : 0);

/** `--since` as a full ISO time (default: a day ago), or null when it is not a time. */
function sinceTime(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
  const ms = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw.trim())
    ? Date.parse(raw)
    : NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function fromFile(path: string, since: string): ExportSource {
  if (!existsSync(path)) throw new Error(`no vote database at ${path}`);
  const read = readSqliteExport(path, since);
  return { tallies: read.tallies, activity: read.activity ? { since, days: read.activity } : null };
}

async function fromSite(base: string, since: string): Promise<ExportSource> {
  const url = new URL('/api/export', base);
  url.searchParams.set('since', since);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(
      `--from must be an https:// site (http:// only for localhost), got ${JSON.stringify(url.origin)}`,
    );
  }
  const token = process.env['VOTES_EXPORT_TOKEN'];
  if (!token) throw new Error('set VOTES_EXPORT_TOKEN to the site’s export token to read its votes');
  const where = url.origin + url.pathname;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) throw new Error(`${where} answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  const text = declared > MAX_EXPORT_BYTES ? null : await readBoundedText(response.body, MAX_EXPORT_BYTES);
  if (text === null) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`${where} sent more than ${MAX_EXPORT_BYTES} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${where} did not send JSON`);
  }
  const read = readExportBody(body);
  if (!read.ok) throw new Error(`${where} sent ${read.error}`);
  return { tallies: read.tallies, activity: read.activity };
}
