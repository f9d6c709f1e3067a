/**
 * References from one file to another by slug: a tool or reviewer that must exist.
 */
import type { Entry } from '../content/entries.ts';
import { didYouMean } from '../messages/suggest.ts';
import { renamedMessage } from './aliases.ts';
import type { CheckContext } from './context.ts';

/** One slug written in one field of one entry, naming a tool or a reviewer. */
export interface Reference {
  entry: Entry<unknown>;
  path: readonly PropertyKey[];
  slug: string;
  kind: 'tool' | 'reviewer';
}

/** Reports a reference to nothing, pointing at the new slug after a rename; true when it resolves. */
export function checkReference(
  { entries, index, root, report }: CheckContext,
  reference: Reference,
): boolean {
  const { entry, path, slug, kind } = reference;
  const folder = `${kind}s` as const;
  const targets = index[folder];
  if (targets.has(slug)) return true;
  // The target exists but is invalid: its own problems are reported, a second one here is noise.
  if (entries.present[folder].has(slug)) return false;
  const renamed = kind === 'tool' ? index.aliases.tools.get(slug) : undefined;
  report.error(
    entry,
    path,
    renamed
      ? renamedMessage(slug, renamed)
      : `unknown ${kind} '${slug}'.${didYouMean(slug, targets.keys()) || ` Add ${root ? `${root}/` : ''}${folder}/${slug}.md or fix the slug.`}`,
  );
  return false;
}
