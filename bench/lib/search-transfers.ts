/**
 * What a search costs the reader's network: the requests a page made until its first result
 * showed, split into the page itself (HTML, CSS, its script) and the search index (everything
 * under the bundle path). Pure, so the accounting is tested apart from the browser.
 */

/** One request the browser made, with the bytes it transferred (headers and body). */
export interface Transfer {
  url: string;
  bytes: number;
}

/** Requests and bytes, for one part of a page load. */
interface TransferTotals {
  requests: number;
  bytes: number;
}

/** The page's own files and the search index's files, counted apart. */
export interface SearchTransfers {
  page: TransferTotals;
  index: TransferTotals;
  /** Index files by name (bundle folders folded), biggest first: where the bytes went. */
  indexFiles: { file: string; requests: number; bytes: number }[];
}

/** Splits transfers by whether their path is under `indexPath` (e.g. `/pagefind/`). */
export function searchTransfers(transfers: readonly Transfer[], indexPath: string): SearchTransfers {
  const page: TransferTotals = { requests: 0, bytes: 0 };
  const index: TransferTotals = { requests: 0, bytes: 0 };
  const byFile = new Map<string, { requests: number; bytes: number }>();
  for (const t of transfers) {
    const path = new URL(t.url).pathname;
    const part = path.startsWith(indexPath) ? index : page;
    part.requests += 1;
    part.bytes += t.bytes;
    if (part === index) {
      const file = fileKind(path.slice(indexPath.length));
      const row = byFile.get(file) ?? { requests: 0, bytes: 0 };
      row.requests += 1;
      row.bytes += t.bytes;
      byFile.set(file, row);
    }
  }
  const indexFiles = [...byFile]
    .map(([file, row]) => ({ file, ...row }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  return { page, index, indexFiles };
}

// Pagefind names chunks by content hash, as the suggestion index names its parts (`p/`);
// grouping by kind shows which kind of file costs what.
function fileKind(rest: string): string {
  const name = rest.replace(/^(?:[\w-]+\/)*?(?=[^/]*$)/, '');
  const folder = /^(?:part-\d+\/)?(index|fragment|filter|p)\//.exec(rest)?.[1];
  if (folder) return `${folder}/*`;
  return name.replace(/_[0-9a-f]{6,}\./, '_*.');
}
