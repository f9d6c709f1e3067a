/**
 * The vote database's migrations as plain data: which files are pending and how one file
 * splits into statements. The files live in `migrations/`, shared by every adapter, and
 * the bookkeeping table is the one `wrangler d1 migrations apply` keeps, so both agree.
 */

/** Table that records applied migrations (wrangler's default name and shape). */
export const MIGRATIONS_TABLE = 'd1_migrations';

/** One migration file. */
export interface Migration {
  /** File name, e.g. `0001_votes.sql`; also its record in the bookkeeping table. */
  name: string;
  sql: string;
}

/** Migration file names run in order: a number, an underscore, a name. */
export const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.sql$/;

/** Migrations not yet applied, in file order. */
export function pendingMigrations(all: readonly Migration[], applied: ReadonlySet<string>): Migration[] {
  return [...all].sort((a, b) => (a.name < b.name ? -1 : 1)).filter((m) => !applied.has(m.name));
}

/**
 * Splits a migration into statements for drivers that take one at a time (D1's batch).
 * Comments are dropped; a `;` inside quotes or a trigger's BEGIN … END does not end one.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let depth = 0;
  let i = 0;
  const flush = (): void => {
    const text = current.trim();
    if (text) statements.push(text);
    current = '';
  };
  while (i < sql.length) {
    const rest = sql.slice(i);
    const quoted = /^'(?:[^']|'')*'|^"(?:[^"]|"")*"/.exec(rest);
    if (quoted) {
      current += quoted[0];
      i += quoted[0].length;
      continue;
    }
    if (rest.startsWith('--')) {
      const end = rest.indexOf('\n');
      i += end < 0 ? rest.length : end;
      continue;
    }
    const word = /^[A-Za-z_]+/.exec(rest);
    if (word) {
      const upper = word[0].toUpperCase();
      if (upper === 'BEGIN' && /^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(current)) depth++;
      else if (upper === 'CASE' && depth > 0) depth++;
      else if (upper === 'END' && depth > 0) depth--;
      current += word[0];
      i += word[0].length;
      continue;
    }
    const char = sql[i] ?? '';
    if (char === ';' && depth === 0) flush();
    else current += char;
    i++;
  }
  flush();
  return statements;
}
