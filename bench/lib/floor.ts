/**
 * The floor: a bare Astro project with M trivial pages carrying as much text as a comparison
 * page. What it costs to build is what Astro itself needs for that many pages; the real site
 * is judged against it. It lives under .bench/ inside the repo so it resolves the same
 * `astro` from the project's node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../corpus/prng.ts';
import { quote, type Lens } from '../corpus/text.ts';
import { CATEGORIES } from '../../src/core/vocabulary.ts';

/** One floor page's content. */
interface FloorPage {
  slug: string;
  title: string;
  paragraphs: string[];
}

const LENSES: readonly Lens[] = ['builder', 'skeptic', 'operator', 'futurist'];

/**
 * Pages per search bundle for the floor. Its pages give Pagefind all of their text, about twice
 * what a comparison page gives it (most of which is outside the indexed part), so bundles half
 * the site's size keep one Pagefind run at about the same memory: at 20,000 pages the floor's
 * index step peaked at 1,285 MB in bundles of 2,500 and 2,380 MB in bundles of 5,000, and took
 * 94 s against 99 s, so the smaller bundles do not flatter the site's ratio.
 */
export const FLOOR_SHARD_PAGES = 2500;

/** Pages per data file: one file for 100,000 pages would be a string longer than V8 allows. */
const PAGES_PER_FILE = 5000;

/** Writes the floor project into `root` (replacing it) and returns the data folder the page reads. */
export function writeFloorProject(root: string, pages: number, textChars: number): string {
  rmSync(root, { recursive: true, force: true });
  // Pages live where the site's comparison pages do, so the same search-index step finds them.
  mkdirSync(join(root, 'src/pages/compare'), { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `export default { output: 'static', build: { format: 'directory' } };\n`,
  );
  writeFileSync(join(root, 'src/pages/compare/[slug].astro'), PAGE);
  const dataDir = join(root, 'pages');
  mkdirSync(dataDir);
  let chunk: FloorPage[] = [];
  let files = 0;
  for (const page of floorPages(pages, textChars)) {
    chunk.push(page);
    if (chunk.length === PAGES_PER_FILE) {
      writeChunk(dataDir, files++, chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) writeChunk(dataDir, files, chunk);
  return dataDir;
}

function writeChunk(dataDir: string, index: number, pages: readonly FloorPage[]): void {
  writeFileSync(join(dataDir, `${String(index).padStart(4, '0')}.json`), JSON.stringify(pages));
}

/** `count` pages of about `textChars` characters each, deterministic. */
function* floorPages(count: number, textChars: number): Generator<FloorPage> {
  const rng = createRng('floor');
  for (let i = 0; i < count; i++) {
    const tool = { name: `Tool ${i}`, vendor: `Vendor ${i % 97}`, category: rng.pick(CATEGORIES) };
    const paragraphs: string[] = [];
    let length = 0;
    while (length < textChars) {
      const text = quote(rng, rng.pick(LENSES), tool, rng.chance(0.5));
      paragraphs.push(text);
      length += text.length + 1;
    }
    yield { slug: `page-${i}`, title: `Floor page ${i}`, paragraphs };
  }
}

// Data is read at build time from a file, as the real site reads its content, so it is not bundled.
const PAGE = `---
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const dir = process.env.FLOOR_DATA;
  const pages = readdirSync(dir).sort().flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return pages.map((page) => ({ params: { slug: page.slug }, props: { page } }));
}

const { page } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{page.title}</title>
  </head>
  <body>
    <main>
      <h1>{page.title}</h1>
      {page.paragraphs.map((text) => <p>{text}</p>)}
    </main>
  </body>
</html>
`;
