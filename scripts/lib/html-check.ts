/**
 * Runs the W3C Nu HTML Checker (`vnu.jar` from the `vnu-jar` package, on the machine's Java) over
 * the HTML pages of a built site and reads its findings. Shared by `npm run check:html` and the
 * end-to-end tier, so both judge a build the same way.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import vnuJar from 'vnu-jar';

/** One error the checker reported. */
export interface HtmlFinding {
  file: string;
  line: number | null;
  message: string;
}

/** Every `.html` file under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message?: string;
}

/** The checker's errors on `files` (paths reported relative to `root`); throws when it cannot run. */
export function checkHtml(files: readonly string[], root: string): HtmlFinding[] {
  if (files.length === 0) return [];
  const run = spawnSync(
    'java',
    ['-jar', String(vnuJar), '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) throw new Error(`the Nu HTML Checker needs Java: ${run.error.message}`);
  let parsed: { messages?: VnuMessage[] };
  try {
    parsed = JSON.parse(run.stderr) as { messages?: VnuMessage[] };
  } catch {
    throw new Error(`the Nu HTML Checker gave no report: ${run.stderr.slice(0, 200)}`);
  }
  return (parsed.messages ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? relative(root, decodeURIComponent(new URL(m.url).pathname)) : '(checker)',
      line: m.lastLine ?? null,
      message: (m.message ?? 'unknown error').replace(/\s+/g, ' '),
    }));
}

/** `file:line: message`, one printable line. */
export function formatHtmlFinding(finding: HtmlFinding): string {
  return `${finding.file}${finding.line === null ? '' : `:${finding.line}`}: ${finding.message}`;
}
