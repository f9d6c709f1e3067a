/**
 * Loading the search index: Pagefind's script, the list of bundles a large site's index is split
 * into (src/build/search-index/search-shards.ts writes it), and every bundle merged into one index. All of
 * it is here, so how bundles load can change in one place. Any part that fails to load fails the
 * whole load with a BundleLoadError: a search that quietly misses pages is worse than none.
 */
import {
  SEARCH_BUNDLE_PATH as PRIMARY_BUNDLE,
  SEARCH_MANIFEST_PATH as BUNDLES_MANIFEST_URL,
} from '../../core/views/paths.ts';
import { SEARCH_META_WEIGHTS } from '../../core/views/search/search-tags.ts';
import type { Pagefind } from './pagefind-api.ts';

/** Part of the index could not be loaded; the message says which. */
export class BundleLoadError extends Error {
  override name = 'BundleLoadError';
}

/** What loading needs from the browser, passed in so it can be tested without one. */
export interface LoadDeps {
  fetch(url: string): Promise<Response>;
  importPagefind(url: string): Promise<Pagefind>;
}

/** Only same-site bundle paths: the list is data, not a way to point the page elsewhere. */
const BUNDLE_PATH = /^\/pagefind\/(?:[\w-]+\/)*$/;

/** What the bundle list says: the bundle paths, primary first, and the index's version. */
export interface BundleList {
  bundles: string[];
  /** Pagefind's `metaCacheTag`; null for a list without one (a build before it was written). */
  tag: string | null;
}

/** A version tag as the indexer writes it; anything else is ignored. */
const TAG = /^[0-9a-f]{8,64}$/;

/** The bundle list; throws when it cannot be read or is not one. */
export async function readBundleList(fetchList: LoadDeps['fetch']): Promise<BundleList> {
  const response = await fetchList(BUNDLES_MANIFEST_URL).catch((error: unknown) => {
    throw new BundleLoadError(`${BUNDLES_MANIFEST_URL} could not be fetched (${String(error)})`);
  });
  if (!response.ok) throw new BundleLoadError(`${BUNDLES_MANIFEST_URL} answered ${response.status}`);
  const body = (await response.json().catch(() => null)) as { bundles?: unknown; tag?: unknown } | null;
  const bundles = body?.bundles;
  if (
    !Array.isArray(bundles) ||
    bundles[0] !== PRIMARY_BUNDLE ||
    !bundles.every((b): b is string => typeof b === 'string' && BUNDLE_PATH.test(b))
  ) {
    throw new BundleLoadError(`${BUNDLES_MANIFEST_URL} does not list the bundles, primary first`);
  }
  const tag = typeof body?.tag === 'string' && TAG.test(body.tag) ? body.tag : null;
  return { bundles, tag };
}

/**
 * Pagefind with every bundle merged in, the list and the script fetched at once and the bundles
 * together. The list's tag becomes Pagefind's `metaCacheTag`, so a returning reader's browser
 * keeps the entry files until the index changes.
 */
export async function loadIndex(deps: LoadDeps): Promise<Pagefind> {
  const [pagefind, { bundles, tag }] = await Promise.all([
    deps.importPagefind(`${PRIMARY_BUNDLE}pagefind.js`).catch((error: unknown) => {
      throw new BundleLoadError(`${PRIMARY_BUNDLE}pagefind.js could not be loaded (${String(error)})`);
    }),
    readBundleList(deps.fetch),
  ]);
  // Pagefind applies options() to the primary bundle only; merged bundles take theirs one by one.
  const options = {
    excerptLength: 30,
    ranking: { metaWeights: SEARCH_META_WEIGHTS },
    ...(tag ? { metaCacheTag: tag } : {}),
  };
  await pagefind.options(options);
  const merged = bundles.slice(1);
  const outcomes = await Promise.allSettled(merged.map((bundle) => pagefind.mergeIndex(bundle, options)));
  const failed = merged.filter((_, i) => outcomes[i]?.status === 'rejected');
  if (failed.length > 0) {
    throw new BundleLoadError(
      `${failed.length} of ${bundles.length} search bundles could not be loaded: ${failed.join(', ')}`,
    );
  }
  return pagefind;
}
