/**
 * What a request target names on the site, read the same way by the Node server and the Worker.
 * A target is decoded once, segment by segment. Browsers never send an encoded slash or
 * backslash, a dot segment or an empty segment, so a path holding one names no file: no other
 * spelling of a private file gets through, and no path turns into a redirect to another host.
 */

/** A site path read from a request target. */
export interface SitePath {
  /** Decoded, e.g. `/compare/a-vs-b/`: one leading slash, no empty, dot or slash-holding segment. */
  path: string;
  /** The same path percent-encoded again, safe in a `Location` header; never starts with `//`. */
  href: string;
  /** The query with its `?` (printable ASCII), or ''. */
  search: string;
}

/**
 * A readable target, or what to answer instead: 400 for a target that is not a URL path at all
 * (a bad authority, bad percent-encoding, characters no client sends raw), 404 for a well-formed
 * path that no file can have, 414 for one longer than any path of the site.
 */
export type TargetReading = { ok: true; value: SitePath } | { ok: false; status: 400 | 404 | 414 };

/** What a server says for a target it refuses: the status's name, never why parsing failed. */
export const REFUSAL_TEXT = { 400: 'Bad request\n', 414: 'URI too long\n' } as const;

/** Longest target read: site paths are under 300 characters, queries of the search page short. */
export const MAX_TARGET_CHARS = 4096;

/** `http://host[:port]` in front of an absolute-form target (`GET http://example.com/ HTTP/1.1`). */
const ABSOLUTE_FORM = /^https?:\/\/([^/?#]*)/i;
const AUTHORITY = /^(?:[a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;
/** Printable ASCII without space: what a browser leaves of a URL once it has percent-encoded it. */
const RAW_TARGET = /^[\x21-\x7e]*$/;
/** Decoded characters no file name of the site holds: path separators and control characters. */
const NO_FILE_NAME = /[/\\\x00-\x1f\x7f]/;

/** Reads a request target as the client sent it: origin form (`/a/b?q`) or absolute form. */
export function readRequestTarget(target: string): TargetReading {
  if (target.length > MAX_TARGET_CHARS) return { ok: false, status: 414 };
  if (!RAW_TARGET.test(target)) return { ok: false, status: 400 };
  let rest = target;
  const absolute = ABSOLUTE_FORM.exec(target);
  if (absolute) {
    if (!AUTHORITY.test(absolute[1] ?? '')) return { ok: false, status: 400 };
    rest = target.slice(absolute[0].length) || '/';
  }
  if (!rest.startsWith('/')) return { ok: false, status: 400 };
  const end = rest.search(/[?#]/);
  const rawPath = end < 0 ? rest : rest.slice(0, end);
  const search = end < 0 || rest[end] === '#' ? '' : rest.slice(end).replace(/#.*$/s, '');

  const raw = rawPath.slice(1).split('/');
  const directory = raw.at(-1) === '';
  if (directory) raw.pop();
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { ok: false, status: 400 };
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || NO_FILE_NAME.test(decoded)) {
      return { ok: false, status: 404 };
    }
    segments.push(decoded);
  }
  const tail = directory && segments.length > 0 ? '/' : '';
  return {
    ok: true,
    value: {
      path: `/${segments.join('/')}${tail}`,
      href: `/${segments.map(encodeURIComponent).join('/')}${tail}`,
      search,
    },
  };
}

/**
 * Files the host reads and never serves: its configuration at the site root. A segment is compared
 * the way a case-insensitive or trailing-dot-dropping file system would see it.
 */
const HOST_FILES = new Set(['_headers', '_redirects', '_routes.json', '_worker.js', '.assetsignore']);

/** Whether a decoded site path names a host file or a dot file (`/.well-known/` aside). */
export function isPrivatePath(path: string): boolean {
  return path.split('/').some((segment) => {
    const name = segment.toLowerCase().replace(/[. ]+$/, '');
    return HOST_FILES.has(name) || (segment.startsWith('.') && segment !== '.well-known');
  });
}
