/**
 * Builds the site from the content before a change and after it, through the same pipeline as the
 * build (validate, then build only what validates), with the same "today" for both, and compares.
 */
import type { PublicFileExists } from '../content/assets.ts';
import { renderMarkdown } from '../content/markdown.ts';
import type { SourceFile } from '../content/source.ts';
import { createSite } from '../content.ts';
import type { Problem } from '../messages/problems.ts';
import type { Site } from '../model.ts';
import { siteChanges, type SiteChanges } from './site-changes.ts';

/** One side's content folder, already read. */
export interface ContentSide {
  files: readonly SourceFile[];
  /** The folder as validated (`content`), the prefix of every file path. */
  root: string;
  /** Whether `public/` holds a file; logos are checked only when given. */
  publicFile?: PublicFileExists;
}

/** One side built: the site when the content validates, and every problem found. */
interface BuiltSide {
  root: string;
  site: Site | null;
  problems: Problem[];
}

/** Both sides built and, when both validate, what changes between them. */
export interface ContentChanges {
  today: string;
  base: BuiltSide;
  head: BuiltSide;
  changes: SiteChanges | null;
}

/** Builds both sides as of `today` and compares them. */
export function contentChanges(base: ContentSide, head: ContentSide, today: string): ContentChanges {
  const built = (side: ContentSide): BuiltSide => {
    const options = {
      today,
      render: renderMarkdown,
      ...(side.publicFile ? { publicFile: side.publicFile } : {}),
    };
    return { root: side.root, ...createSite(side.files, side.root, options) };
  };
  const before = built(base);
  const after = built(head);
  return {
    today,
    base: before,
    head: after,
    changes: before.site && after.site ? siteChanges(before.site, after.site) : null,
  };
}

/** The head's warnings, split into those the change brings and those the base already had. */
export function splitWarnings(changes: ContentChanges): { introduced: Problem[]; existing: Problem[] } {
  const key = (side: BuiltSide, p: Problem): string =>
    JSON.stringify([relative(p.file, side.root), p.field, p.message]);
  const before = new Set(changes.base.problems.map((p) => key(changes.base, p)));
  const warnings = changes.head.problems.filter((p) => p.severity === 'warning');
  return {
    introduced: warnings.filter((p) => !before.has(key(changes.head, p))),
    existing: warnings.filter((p) => before.has(key(changes.head, p))),
  };
}

function relative(file: string, root: string): string {
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}
