/**
 * The floor: a bare Astro project with M trivial pages carrying as much text as a comparison
 * page. What it costs to build is what Astro itself needs for that many pages; the real site
 * is judged against it. It lives under .bench/ inside the repo so it resolves the same
 * `astro` from the project's node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../lib/corpus/prng.ts';
import { quote, type Lens } from '../lib/corpus/text.ts';
import { CATEGORIES } from '../../src/core/vocabulary.ts';

/** One floor page's content. */
interface FloorPage {
  slug: string;
  title: string;
  paragraphs: string[];
}

const LENSES: readonly Lens[] = ['builder', 'skeptic', 'operator', 'futurist'];

/** Writes the floor project into `root` (replacing it) and returns the data file the page reads. */
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
  const dataFile = join(root, 'pages.json');
  writeFileSync(dataFile, JSON.stringify(floorPages(pages, textChars)));
  return dataFile;
}

/** `count` pages of about `textChars` characters each, deterministic. */
function floorPages(count: number, textChars: number): FloorPage[] {
  const rng = createRng('floor');
  const out: FloorPage[] = [];
  for (let i = 0; i < count; i++) {
    const tool = { name: `Tool ${i}`, vendor: `Vendor ${i % 97}`, category: rng.pick(CATEGORIES) };
    const paragraphs: string[] = [];
    let length = 0;
    while (length < textChars) {
      const text = quote(rng, rng.pick(LENSES), tool, rng.chance(0.5));
      paragraphs.push(text);
      length += text.length + 1;
    }
    out.push({ slug: `page-${i}`, title: `Floor page ${i}`, paragraphs });
  }
  return out;
}

// Data is read at build time from a file, as the real site reads its content, so it is not bundled.
const PAGE = `---
import { readFileSync } from 'node:fs';

export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.FLOOR_DATA, 'utf8'));
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
