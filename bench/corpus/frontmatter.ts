/**
 * Serializes content files the way an editor would write them: YAML frontmatter and a Markdown body.
 */

/** A value the writer knows how to put in frontmatter. */
export type YamlValue = string | number | boolean | readonly string[] | { readonly [key: string]: YamlValue };

// Dates and slugs read the same bare; anything else is double-quoted, which JSON escaping makes valid YAML.
const BARE = /^(?:\d{4}-\d{2}-\d{2}|[a-z0-9]+(?:-[a-z0-9]+)*|[A-Za-z][A-Za-z0-9 .'()/&-]*[A-Za-z0-9.)])$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~)$/i;

/** One YAML scalar. */
function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return BARE.test(value) && !RESERVED.test(value) && !/^\d+$/.test(value) ? value : JSON.stringify(value);
}

/** YAML block mapping lines for a flat or one-level nested object, at the given indent. */
export function yamlLines(data: { readonly [key: string]: YamlValue | undefined }, indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      lines.push(`${indent}${key}: [${value.map((v) => yamlScalar(v)).join(', ')}]`);
    } else if (typeof value === 'object') {
      lines.push(`${indent}${key}:`, ...yamlLines(value as { [key: string]: YamlValue }, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${yamlScalar(value as string | number | boolean)}`);
    }
  }
  return lines;
}

/** A Markdown content file: frontmatter fences around the data, then the body. */
export function markdownFile(data: { readonly [key: string]: YamlValue | undefined }, body = ''): string {
  return `---\n${yamlLines(data).join('\n')}\n---\n${body ? `${body}\n` : ''}`;
}
