/**
 * Where each kind of content file lives, and what is said about anything else found in the
 * content folder: nothing there is skipped without a message.
 */
import { formatCount, MAX_FILE_BYTES } from '../limits.ts';
import type { ContentKind } from '../schemas/index.ts';
import type { Unread } from './source.ts';

/** What each folder holds: the file extension and the number of path segments under the content folder. */
const LAYOUT: Record<ContentKind, { ext: RegExp; depth: number; hint: string }> = {
  tools: { ext: /\.md$/, depth: 2, hint: 'tools/<tool>.md' },
  reviewers: { ext: /\.md$/, depth: 2, hint: 'reviewers/<reviewer>.md' },
  rounds: { ext: /\.md$/, depth: 3, hint: 'rounds/<tool>/<YYYY-MM-DD>.md' },
  verdicts: { ext: /\.md$/, depth: 4, hint: 'verdicts/<tool>/<YYYY-MM-DD>/<reviewer>.md' },
  comparisons: { ext: /\.md$/, depth: 2, hint: 'comparisons/<a>-vs-<b>.md' },
  votes: { ext: /\.ya?ml$/, depth: 2, hint: 'votes/<a>-vs-<b>.yaml' },
};

/** Hidden entries the project itself writes into a content folder: the editors' JSON Schemas. */
const KNOWN_HIDDEN = new Set(['.schemas']);

/** Files that document a folder rather than being content. */
const DOCS = /(^|\/)README\.md$/;

/** The kind of content at a path relative to the content folder, or null when nothing belongs there. */
export function kindOf(relative: string): ContentKind | null {
  const segments = relative.split('/');
  const kind = segments[0] as ContentKind;
  const layout = Object.hasOwn(LAYOUT, kind) ? LAYOUT[kind] : undefined;
  return layout && segments.length === layout.depth && layout.ext.test(relative) ? kind : null;
}

/** True for a README or the project's own hidden folder: present on purpose, never content. */
export function isKnownExtra(relative: string, unread: Unread | undefined): boolean {
  if (unread?.kind === 'hidden') return KNOWN_HIDDEN.has(relative);
  return !unread && DOCS.test(relative);
}

/** The message for a file in no place content goes: where its folder's files go, or where content goes at all. */
export function unexpectedFileMessage(relative: string): string {
  const folder = relative.split('/')[0] ?? '';
  if (Object.hasOwn(LAYOUT, folder) && relative.includes('/')) {
    const { hint } = LAYOUT[folder as ContentKind];
    return `unexpected file: files in ${folder}/ go in ${hint}; move it there (sub-folders are not read).`;
  }
  return `unexpected file: content goes in ${Object.values(LAYOUT)
    .map((l) => l.hint)
    .join(', ')}.`;
}

/** What is said about an entry that was found but not read, and how bad it is. */
export function unreadMessage(unread: Exclude<Unread, { kind: 'not-utf8' }>): {
  message: string;
  severity: 'error' | 'warning';
} {
  switch (unread.kind) {
    case 'symlink':
      return {
        message: 'symbolic links are not followed: put the file itself in the content folder.',
        severity: 'error',
      };
    case 'special':
      return {
        message: 'not a regular file (a FIFO, socket or device): content files are plain text files.',
        severity: 'error',
      };
    case 'hidden':
      return {
        message: unread.folder
          ? 'hidden folders are not read: move any content out of it, or delete it.'
          : 'hidden files are not read: remove the leading dot if this is content, or delete it.',
        severity: 'warning',
      };
    case 'too-large':
      return {
        message: `the file is ${formatCount(unread.bytes)} bytes; a content file is at most ${formatCount(MAX_FILE_BYTES)} bytes (see the limits in docs/content-model.md).`,
        severity: 'error',
      };
  }
}
