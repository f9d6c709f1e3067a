/**
 * What an export reads from a live site's `GET /api/export`: a hostile payload until it matches
 * this schema, field by field, and never read past its size bound.
 */
import { z } from 'zod';
import { slugSchema } from '../schemas/common.ts';
import type { ActivityRow, TallyRow } from './store.ts';

const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Body of `GET /api/export`. */
const exportBodySchema = z
  .strictObject({
    tallies: z
      .array(
        z.strictObject({
          comparison: slugSchema.describe('Comparison slug.'),
          tool: slugSchema.describe('Tool slug.'),
          ship: count.describe('Standing ship calls.'),
          skip: count.describe('Standing skip calls.'),
        }),
      )
      .describe('Counts of every comparison and tool that has votes.'),
    activity: z
      .strictObject({
        since: z.iso.datetime().describe('Start of the window, UTC.'),
        days: z.array(
          z
            .strictObject({
              comparison: slugSchema,
              day: z.iso.date(),
              ballots: count,
              voters: count,
              windowVoters: count,
              networks: count,
              topNetwork: count,
              topMinute: count,
              networksAtBudget: count,
            })
            .describe('How one comparison was voted on during one day.'),
        ),
      })
      .optional()
      .describe('Ballots since `since`, per comparison and day; absent from servers that log none.'),
  })
  .describe('Every tally the vote database holds, and recent activity.');

/** What an export works from. */
export interface ExportSource {
  tallies: TallyRow[];
  /** Ballots since a time, or null when the source logs none. */
  activity: { since: string; days: ActivityRow[] } | null;
}

/** The export body's rows, or a sentence saying why the body is not one. */
export function readExportBody(value: unknown): ({ ok: true } & ExportSource) | { ok: false; error: string } {
  const parsed = exportBodySchema.safeParse(value);
  if (parsed.success) {
    return { ok: true, tallies: parsed.data.tallies, activity: parsed.data.activity ?? null };
  }
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `not an export (${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''})`,
  };
}

/** A response body as UTF-8 text, or null once it passes `maxBytes`: reading stops there. */
export async function readBoundedText(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<string | null> {
  if (body === null) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
