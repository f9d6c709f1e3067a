/**
 * Runs one hostile input: writes it over a fresh copy of the minimal fixture (so file-system
 * cases such as links, FIFOs and raw bytes are real), validates the copy as `npm run validate`
 * does and returns every printed line with paths relative to the content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createSite, validateContent } from '../../../src/core/content.ts';
import { renderMarkdown } from '../../../src/core/content/markdown.ts';
import type { Site } from '../../../src/core/model.ts';
import { formatGithubAnnotation, formatProblem, type Problem } from '../../../src/core/messages/problems.ts';
import { publicFiles } from '../../../src/fs/public-files.ts';
import { readContentDir, toPosix } from '../../../src/fs/read-content.ts';
import { TODAY } from '../support/content.ts';

/** What a case puts in the content folder at a path: text, raw bytes, a symbolic link or a FIFO. */
type Entry = string | Uint8Array | { link: string } | { fifo: true };

/** What a hostile input attacks, one name per kind of input validation must hold against. */
export const HOSTILE_KINDS = [
  'inherited-key',
  'number',
  'yaml-expansion',
  'size-limit',
  'printed-line',
  'duplicate',
  'encoding',
  'look-alike',
  'link-or-markup',
  'file-or-folder',
  'message',
] as const;

/** One hostile input and exactly what validation must print for it. */
export interface HostileCase {
  /** What the case attacks. */
  kind: (typeof HOSTILE_KINDS)[number];
  name: string;
  /** Paths relative to the content folder; each replaces or adds an entry. */
  write?: Record<string, Entry>;
  /** Fixture files to delete first. */
  remove?: readonly string[];
  /** Every line printed, in order, with the content folder's path removed. */
  expected: readonly string[];
}

/** Public files the cases may point a logo at. */
const PUBLIC = 'tests/fixtures/public';

/** Writes a case over a fresh copy of the minimal fixture and hands its content folder to `use`. */
function withCase<T>(entry: Pick<HostileCase, 'write' | 'remove'>, use: (dir: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  const dir = join(root, 'content');
  try {
    cpSync('tests/fixtures/minimal', dir, { recursive: true });
    for (const path of entry.remove ?? []) rmSync(join(dir, path), { recursive: true });
    for (const [path, value] of Object.entries(entry.write ?? {})) {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      if (typeof value === 'string' || value instanceof Uint8Array) writeFileSync(target, value);
      else if ('link' in value) symlinkSync(value.link, target);
      else spawnSync('mkfifo', [target]);
    }
    return use(dir);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The site a case's content builds, or null when validation refuses it. */
export function siteOf(entry: Pick<HostileCase, 'write' | 'remove'>): Site | null {
  return withCase(
    entry,
    (dir) => createSite(readContentDir(dir), toPosix(dir), { today: TODAY, render: renderMarkdown }).site,
  );
}

/** Runs a case and returns the printed problems and their plain and annotation lines. */
export function runCase(entry: Pick<HostileCase, 'write' | 'remove'>): {
  problems: Problem[];
  lines: string[];
  annotations: string[];
} {
  return withCase(entry, (dir) => {
    const prefix = `${toPosix(dir)}/`;
    const { problems } = validateContent(readContentDir(dir), toPosix(dir), {
      today: TODAY,
      publicFile: publicFiles(PUBLIC),
    });
    const relative = problems.map((p) => ({
      ...p,
      file: p.file.replaceAll(prefix, ''),
      message: p.message.replaceAll(prefix, ''),
    }));
    return {
      problems: relative,
      lines: relative.map(formatProblem),
      annotations: relative.map(formatGithubAnnotation),
    };
  });
}
