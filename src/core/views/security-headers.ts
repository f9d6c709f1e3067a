/**
 * The Content-Security-Policy, written once for both the `<meta>` tag every page
 * carries and the `_headers` file for hosts that send real headers. Pagefind
 * compiles WebAssembly and may start a blob worker, hence those two allowances.
 * Votes post to the same origin (`connect-src` and `form-action` 'self'); only an
 * opted-in bot challenge adds its provider's script and frame.
 */
import { PACKED_BADGE_HEADERS } from './badge-packs.ts';
import { OG_IMAGE_DIR, SEARCH_BUNDLE_PATH, SUGGEST_FILES_PATH } from './paths.ts';

/** Inputs that change the policy per deployment. */
export interface CspOptions {
  /** Newsletter form action; its origin must be allowed to receive the form. */
  newsletterAction: string | null;
  /** Whether the vote form shows Cloudflare Turnstile, whose script and frame come from its origin. */
  turnstile?: boolean;
}

/** Where Cloudflare Turnstile's script and frame are served from. */
const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

function origin(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Policy directives as ordered pairs, shared by both outputs. */
function cspDirectives(options: CspOptions): [string, string][] {
  const formTarget = origin(options.newsletterAction);
  const challenge = options.turnstile ? ` ${TURNSTILE_ORIGIN}` : '';
  return [
    ['default-src', "'self'"],
    ['script-src', `'self' 'wasm-unsafe-eval'${challenge}`],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self' blob:"],
    ...(options.turnstile ? [['frame-src', TURNSTILE_ORIGIN] as [string, string]] : []),
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', formTarget ? `'self' ${formTarget}` : "'self'"],
  ];
}

/** Policy for a `<meta http-equiv>` tag (browsers ignore frame-ancestors there, so it is left out). */
export function cspMeta(options: CspOptions): string {
  return cspDirectives(options)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Folders of a Pagefind bundle whose files are named by the hash of their content. */
const PAGEFIND_HASHED_FOLDERS = ['fragment', 'index', 'filter'] as const;

/**
 * `_headers` patterns of every search file that never changes under its name: Pagefind names
 * fragments, index chunks and filter chunks by their content, in the primary bundle and in
 * each merged one (`/pagefind/part-2/`…). A returning reader's search then asks again only
 * for the script, the entry files, the WebAssembly and the metadata.
 */
function searchImmutablePatterns(): string[] {
  return ['', ':bundle/'].flatMap((bundle) =>
    PAGEFIND_HASHED_FOLDERS.map((folder) => `${SEARCH_BUNDLE_PATH}${bundle}${folder}/*`),
  );
}

const IMMUTABLE = '  Cache-Control: public, max-age=31536000, immutable';

/** `_headers` body (Netlify/Cloudflare Pages format) with the full policy and cache rules. */
export function headersFile(options: CspOptions): string {
  const policy = [...cspDirectives(options), ['frame-ancestors', "'none'"]]
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '/_astro/*',
    IMMUTABLE,
    ...searchImmutablePatterns().flatMap((pattern) => [pattern, IMMUTABLE]),
    // The suggestion index's parts are named by their content too; its manifest and script are not.
    `${SUGGEST_FILES_PATH}*`,
    IMMUTABLE,
    `${OG_IMAGE_DIR}*`,
    '  Cache-Control: public, max-age=86400',
    // Badges are hot-linked from other sites, which is the point of them.
    '/badges/*',
    `  Cache-Control: ${PACKED_BADGE_HEADERS['cache-control']}`,
    `  Cross-Origin-Resource-Policy: ${PACKED_BADGE_HEADERS['cross-origin-resource-policy']}`,
    '',
  ].join('\n');
}
