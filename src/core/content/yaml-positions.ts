/**
 * The position-keeping YAML parse: which line each field sits on, and the syntax errors with the
 * codes that tell mistakes apart. Slower than the data parse, so it runs only when a message needs it.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';

/** The position-keeping parse of a YAML text: its document, syntax errors and a line lookup. */
export interface Positions {
  doc: Document;
  errors: { line: number; code: string; message: string }[];
  lineAt(offset: number): number;
  /** Keys of each map already searched, so locating many fields stays linear. */
  keys: WeakMap<YAMLMap, Map<string, YAMLMap['items'][number]>>;
}

/** Parses a YAML text keeping positions. */
export function indexPositions(yamlText: string): Positions {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const errors = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    code: error.code,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  return { doc, errors, lineAt, keys: new WeakMap() };
}

/** Line of a field path: walks as far as the document goes, so a missing field points at its parent. */
export function locate({ doc, lineAt, keys }: Positions, path: readonly PropertyKey[]): number | null {
  let node: unknown = doc.contents;
  let line: number | null = rangeLine(node, lineAt);
  for (const key of path) {
    if (isMap(node)) {
      const map = node;
      let byKey = keys.get(map);
      if (!byKey) {
        byKey = new Map();
        for (const item of map.items) {
          const name = isScalar(item.key) ? String(item.key.value) : null;
          if (name !== null && !byKey.has(name)) byKey.set(name, item);
        }
        keys.set(map, byKey);
      }
      const pair = byKey.get(String(key));
      if (!pair) return line;
      line = rangeLine(pair.key, lineAt) ?? line;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
      const item: unknown = node.items[Number(key)];
      if (item === undefined) return line;
      line = rangeLine(item, lineAt) ?? line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function rangeLine(node: unknown, lineAt: (offset: number) => number): number | null {
  if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    if (typeof start === 'number') return lineAt(start);
  }
  return null;
}
