/**
 * The unit the core works on: a file's path and text, already read from wherever it lives.
 */

/** One content file; `path` is relative to the working folder, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
  /** Set when the entry was found but not read as text (`text` is then empty); the core says why. */
  unread?: Unread;
}

/** Why an entry of the content folder was not read as text. */
export type Unread =
  /** A symbolic link: it could point anywhere, so it is never followed. */
  | { kind: 'symlink' }
  /** A FIFO, socket or device: reading it could block or never end. */
  | { kind: 'special' }
  /** A name starting with a dot (a hidden file or folder); folders are not walked. */
  | { kind: 'hidden'; folder: boolean }
  /** Larger than any valid content file could be; not read into memory. */
  | { kind: 'too-large'; bytes: number }
  /** Bytes that are not valid UTF-8. */
  | { kind: 'not-utf8'; bytes: Uint8Array };
