/**
 * The unit the core works on: a file's path and text, already read from wherever it lives.
 */

/** One content file; `path` is relative to the working folder, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}
