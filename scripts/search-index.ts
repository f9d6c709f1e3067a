/**
 * Builds the Pagefind search index into dist/pagefind after `astro build`.
 * Any error Pagefind reports fails the build: a site whose search silently
 * misses pages is worse than no deploy.
 */
import * as pagefind from 'pagefind';

const SITE_DIR = process.env['DIST_DIR'] ?? 'dist';
/** Pages that carry `data-pagefind-body` (see the `indexed` prop of the layout). */
const INDEXED_PAGES = '{compare,tools}/**/*.html';

function fail(step: string, errors: string[]): never {
  console.error(`search index: ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}

const started = performance.now();
try {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index || createErrors.length)
    fail('createIndex', createErrors.length ? createErrors : ['no index returned']);

  // Only comparison and tool pages carry data-pagefind-body; reading the other pages (redirects,
  // feeds, categories) costs time and memory at tens of thousands of pages and indexes nothing.
  const { errors: addErrors, page_count } = await index.addDirectory({ path: SITE_DIR, glob: INDEXED_PAGES });
  if (addErrors.length) fail('addDirectory', addErrors);
  if (page_count === 0) fail('addDirectory', [`no pages found in ${SITE_DIR}; run astro build first`]);

  const { errors: writeErrors, outputPath } = await index.writeFiles({ outputPath: `${SITE_DIR}/pagefind` });
  if (writeErrors.length) fail('writeFiles', writeErrors);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${page_count} pages indexed into ${outputPath} in ${seconds}s`);
} finally {
  await pagefind.close();
}
