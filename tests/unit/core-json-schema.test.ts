/**
 * The JSON Schemas editors' tools read are generated from the Zod schemas and kept in sync.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/core/editor-docs/json-schema.ts';

const schemas = jsonSchemas();

describe('generated JSON Schemas', () => {
  it.each(Object.keys(schemas))(
    'content/.schemas/%s.schema.json is up to date (run npm run schemas)',
    (kind) => {
      const committed: unknown = JSON.parse(readFileSync(`content/.schemas/${kind}.schema.json`, 'utf8'));
      expect(committed).toEqual(schemas[kind as keyof typeof schemas]);
    },
  );

  it('describes every field of every schema', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [key, field] of Object.entries(properties)) {
        if (!field.description) undocumented.push(`${path}.${key}`);
        walk(field, `${path}.${key}`);
      }
    };
    for (const [kind, schema] of Object.entries(schemas)) walk(schema, kind);
    expect(undocumented).toEqual([]);
  });

  it('rejects unknown fields, as validation does', () => {
    expect(schemas.tools['additionalProperties']).toBe(false);
  });
});
