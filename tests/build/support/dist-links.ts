/**
 * Collects every URL the built site points at (links, assets, social images,
 * canonical URLs, CSS url()s) and checks each local one against dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { badgeFromPack, badgePackPath, isBadgePath } from '../../../src/core/views/badge-packs.ts';

/** A reference from one built file to a URL. */
export interface Reference {
  /** File in dist/ that holds the reference, e.g. `compare/a-vs-b/index.html`. */
  from: string;
  attribute: string;
  url: string;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The URL path a built file is served at (`a/index.html` -> `/a/`). */
function servedPath(file: string): string {
  return `/${file}`.replace(/\/index\.html$/, '/');
}

const TAG = /<(a|link|img|script|source|iframe|video|audio|use|image|meta|form)\b[^>]*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'xlink:href', 'action']);
const META_URLS = new Set(['og:image', 'og:url', 'twitter:image']);

/** URLs referenced by one HTML document. */
export function htmlReferences(from: string, html: string): Reference[] {
  const out: Reference[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag, name] of withoutComments.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(ATTRIBUTE)) {
      const key = (match[1] ?? '').toLowerCase();
      attributes.set(key, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    if (name?.toLowerCase() === 'meta') {
      const property = attributes.get('property') ?? attributes.get('name') ?? '';
      const content = attributes.get('content');
      if (META_URLS.has(property) && content) out.push({ from, attribute: property, url: content });
      const refresh = (attributes.get('http-equiv') ?? '').toLowerCase() === 'refresh' ? content : undefined;
      const target = refresh?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1];
      if (target) out.push({ from, attribute: 'refresh', url: target });
      continue;
    }
    for (const [key, value] of attributes) {
      if (!URL_ATTRIBUTES.has(key) || value.trim() === '') continue;
      const urls = key === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) out.push({ from, attribute: key, url });
    }
  }
  return out;
}

/** URLs referenced by a stylesheet through url(...). */
export function cssReferences(from: string, css: string): Reference[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
    .filter((url) => url !== '')
    .map((url) => ({ from, attribute: 'url()', url }));
}

/** URLs listed by sitemaps and feeds (<loc>, <link>, and Atom href attributes). */
export function xmlReferences(from: string, xml: string): Reference[] {
  const out: Reference[] = [];
  for (const m of xml.matchAll(/<(loc|link)>\s*(?:<!\[CDATA\[)?([^<\]]+)/g)) {
    out.push({ from, attribute: m[1] ?? 'xml', url: decodeEntities((m[2] ?? '').trim()) });
  }
  for (const m of xml.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) {
    out.push({ from, attribute: 'link href', url: decodeEntities(m[1] ?? '') });
  }
  return out;
}

/** Why a reference is broken, or null when it resolves (or is not ours to check). */
export function checkReference(
  dist: string,
  siteOrigin: string,
  ref: Reference,
  idsOf: (file: string) => Set<string>,
): string | null {
  if (/^(mailto|tel|data|javascript|blob):/i.test(ref.url)) return null;
  const base = new URL(servedPath(ref.from), siteOrigin);
  let url: URL;
  try {
    url = new URL(ref.url, base);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== new URL(siteOrigin).origin) return null;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'undecodable path';
  }
  // The vote form posts to the API, which the server answers; there is no file to find.
  if (path.startsWith('/api/')) return null;
  const file = resolveFile(dist, path);
  if (file === null && isBadgePath(path)) {
    // A build with BADGE_FILES=off keeps badges in packs, which the servers answer from.
    return packedBadge(dist, path) ? null : `no badge in dist for ${path}, as a file or in its pack`;
  }
  if (file === null) return `no file in dist for ${path}`;
  const fragment = url.hash.slice(1);
  if (fragment !== '' && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
    return `no element with id "${fragment}" in ${file}`;
  }
  return null;
}

/** Ids and anchor names in an HTML document, for fragment links. */
export function documentIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  }
  return ids;
}

/** Whether the pack a badge path names holds that badge. */
function packedBadge(dist: string, path: string): boolean {
  const pack = resolveFile(dist, badgePackPath(path));
  if (pack === null) return false;
  return badgeFromPack(JSON.parse(readFileSync(join(dist, pack), 'utf8')) as unknown, path) !== null;
}

/** The dist file a URL path is served from, as the static server resolves it. */
function resolveFile(dist: string, path: string): string | null {
  const clean = path.replace(/^\/+/, '');
  const candidates = path.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const candidate of candidates) {
    const full = join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Reads a dist file as text. */
export function readDist(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}
