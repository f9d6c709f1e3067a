/**
 * JSON Schemas generated from the Zod schemas: one source for validation, editor completion
 * and the field reference.
 */
import { z } from 'zod';
import { SCHEMAS, type ContentKind } from '../schemas/index.ts';

/** Draft 2020-12 JSON Schema of each content kind, describing what an editor writes (input). */
export function jsonSchemas(): Record<ContentKind, Record<string, unknown>> {
  const result = {} as Record<ContentKind, Record<string, unknown>>;
  for (const [kind, schema] of Object.entries(SCHEMAS) as [ContentKind, z.ZodType][]) {
    result[kind] = {
      $id: `https://shipworthy.dev/schemas/${kind}.schema.json`,
      title: kind,
      ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    };
  }
  return result;
}
