/**
 * What a valid vote request is, as JSON or as an HTML form post, and the one sentence
 * a reader gets back when it is not. Nothing here trusts its input.
 */
import { z } from 'zod';
import { SLUG_PATTERN, VERDICTS } from '../vocabulary.ts';
import type { VoteCatalog } from './catalog.ts';

/** Longest slug a request may name; anything longer is refused before any lookup. */
const MAX_SLUG_LENGTH = 200;

/** Largest request body the API reads, in bytes (a bot-challenge token fits with room to spare). */
export const MAX_BODY_BYTES = 4096;

/** Form value that withdraws a standing call (a form cannot send null). */
const WITHDRAW = 'withdraw';

/** Form field a bot challenge adds to the form; read by the challenge, not the vote. */
export const CHALLENGE_FIELD = 'cf-turnstile-response';

/**
 * Retry key: the `Idempotency-Key` header of a fetch, or this form field. A client sends the same
 * key again when it retries a vote whose answer it never got, and the retry is not counted twice.
 */
export const REQUEST_KEY_FIELD = 'idempotency-key';

/** A retry key: 16 to 64 URL-safe characters (a UUID fits). */
const REQUEST_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The retry key of a request, null when it sent none, or an error when it sent one that is not one. */
export function parseRequestKey(value: string | null | undefined): Checked<string | null> {
  if (value === null || value === undefined) return { ok: true, value: null };
  return REQUEST_KEY.test(value)
    ? { ok: true, value }
    : { ok: false, error: `"${REQUEST_KEY_FIELD}" must be 16 to 64 letters, digits, - or _.` };
}

const requestSlug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN);

/** Body of `POST /api/votes`. */
const voteRequestSchema = z
  .strictObject({
    comparison: requestSlug.describe('Slug of the comparison voted on, e.g. `a-vs-b`.'),
    tool: requestSlug.describe('Slug of one of its two tools.'),
    call: z
      .enum(VERDICTS)
      .nullable()
      .describe('`ship` or `skip`; null withdraws the standing call on this tool.'),
  })
  .describe('A reader’s call on one tool of one comparison.');

/** A vote request that passed the schema. */
export type VoteRequest = z.output<typeof voteRequestSchema>;

/** A parsed value, or the sentence that says what is wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const FIELDS = ['comparison', 'tool', 'call'] as const;

/** Checks a decoded JSON body against the schema. */
export function parseVoteJson(value: unknown): Checked<VoteRequest> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'The body must be a JSON object with comparison, tool and call.' };
  }
  const parsed = voteRequestSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: issueSentence(parsed.error, value as Record<string, unknown>) };
}

/** Checks a form post: one value per field, `call` is ship, skip or withdraw. */
export function parseVoteForm(form: URLSearchParams): Checked<VoteRequest> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === CHALLENGE_FIELD || key === REQUEST_KEY_FIELD) continue;
    if (!(FIELDS as readonly string[]).includes(key)) {
      return { ok: false, error: `Unknown form field "${clip(key)}": send comparison, tool and call.` };
    }
    const all = form.getAll(key);
    if (all.length > 1) return { ok: false, error: `The form field "${key}" was sent more than once.` };
    values[key] = all[0];
  }
  if (values['call'] === WITHDRAW) values['call'] = null;
  return parseVoteJson(values);
}

/** A vote on a published comparison, with that comparison's two tools in page order. */
export interface VotableRequest {
  vote: VoteRequest;
  tools: readonly [string, string];
}

/** Why a vote cannot be cast on what it names. */
export type NotVotable = { ok: false; error: string; reason: 'unknown' | 'closed' };

/** Checks that the comparison is published, the tool is one of its two, and its votes are open. */
export function checkVotable(
  vote: VoteRequest,
  catalog: VoteCatalog,
): { ok: true; value: VotableRequest } | NotVotable {
  const tools = catalog.comparisons.get(vote.comparison);
  if (!tools) {
    return { ok: false, reason: 'unknown', error: `There is no comparison "${vote.comparison}" to vote on.` };
  }
  if (!tools.includes(vote.tool)) {
    return {
      ok: false,
      reason: 'unknown',
      error: `"${vote.tool}" is not in ${vote.comparison}: vote on ${tools[0]} or ${tools[1]}.`,
    };
  }
  if (catalog.closed.has(vote.tool)) {
    return {
      ok: false,
      reason: 'closed',
      error: `Voting on "${vote.tool}" is closed: the tool is discontinued, and its counts stand as they are.`,
    };
  }
  return { ok: true, value: { vote, tools } };
}

function issueSentence(error: z.ZodError, input: Record<string, unknown>): string {
  const issue = error.issues[0];
  if (!issue) return 'The vote is not valid.';
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field "${clip(issue.keys[0] ?? '')}": send only comparison, tool and call.`;
  }
  const field = String(issue.path[0] ?? 'body');
  if (Object.hasOwn(input, field) ? input[field] === undefined : true) return `"${field}" is missing.`;
  if (field === 'call') return '"call" must be "ship", "skip" or null.';
  if (issue.code === 'too_big') return `"${field}" is too long.`;
  return `"${field}" must be a slug: lowercase letters and digits joined by single hyphens.`;
}

// Field names come from the request; keep what is echoed short.
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
