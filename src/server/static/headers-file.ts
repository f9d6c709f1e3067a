/**
 * Reads Netlify-style `_headers` files so the local server sends the same
 * headers (notably the Content-Security-Policy) that production does.
 *
 * Format: a URL pattern on an unindented line, then indented `Name: value`
 * lines. `#` starts a comment. `*` in a pattern matches any run of characters,
 * `:name` matches one path segment.
 */

/** One pattern block of a `_headers` file. */
export interface HeaderRule {
  pattern: string;
  matcher: RegExp;
  headers: [name: string, value: string][];
}

/** Parses the text of a `_headers` file into rules, in file order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indented = /^\s/.test(raw);
    if (!indented) {
      current = { pattern: trimmed, matcher: patternToRegExp(trimmed), headers: [] };
      rules.push(current);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (current === null || colon <= 0) continue;
    current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers that apply to a request path; later rules add to earlier ones, as on Netlify. */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.matcher.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return out;
}

function patternToRegExp(pattern: string): RegExp {
  // Patterns may be full URLs; only the path part matters locally.
  const path = pattern.replace(/^https?:\/\/[^/]+/, '') || '/';
  const source = path
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}
