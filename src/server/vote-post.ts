/**
 * `POST /api/votes` as an ordered list of named steps. The order is the security policy: where a
 * request comes from is settled before its body is read, the network's rate before any parsing,
 * what it names before a bot check is paid for, and nothing is stored before every check passed.
 * Each step either refuses (a 4xx for JSON clients; a 303 to the refusal page's note for a plain
 * form) or adds what it learnt to the request's state for the next.
 */
import type { Context } from 'hono';
import {
  CHALLENGE_FIELD,
  MAX_BODY_BYTES,
  REQUEST_KEY_FIELD,
  checkVotable,
  parseRequestKey,
  parseVoteForm,
  parseVoteJson,
  type VotableRequest,
  type VoteRequest,
} from '../core/votes/ballot.ts';
import { secondsUntilNextDay } from '../core/votes/budget.ts';
import type { VoteCatalog } from '../core/votes/catalog.ts';
import {
  REFUSAL_REASONS,
  refusedLocation,
  votedLocation,
  type RefusalReason,
} from '../core/votes/form-outcome.ts';
import type { VoteKeys } from '../core/votes/keys.ts';
import { networkKey, type RateLimiter } from '../core/votes/rate-limit.ts';
import { crossSiteReason } from '../core/votes/same-origin.ts';
import type { CastResult, VoteStore } from '../core/votes/store.ts';
import { talliesBody } from '../core/votes/tallies.ts';
import { SLUG_PATTERN } from '../core/vocabulary.ts';
import {
  VOTER_COOKIE,
  cookieValue,
  newVoterId,
  signVoter,
  verifyVoterWith,
  voterCookieHeader,
} from '../core/votes/voter-cookie.ts';
import type { BotChallenge } from './challenge.ts';

/** What the steps need from the platform (see `VoteApiOptions`). */
export interface VotePostOptions {
  store: VoteStore;
  catalog: () => Promise<VoteCatalog>;
  keys: VoteKeys;
  limiter: RateLimiter | null;
  challenge: BotChallenge | null;
  /** Origins whose pages may vote; null: the one the site was built for. */
  origins: readonly string[] | null;
  clientAddress: (c: Context) => string | null;
  publicHost: (c: Context) => string | null;
  isHttps: (c: Context) => boolean;
  now: () => number;
  logError?: ((message: string) => void) | undefined;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** One vote request on its way through the steps. */
interface PostState {
  readonly c: Context;
  /** A plain HTML form post: answered with a 303 to the page, refusals included. */
  readonly form: boolean;
  /** The moment the request is judged at: one "today" for its budget, its network hash and its record. */
  readonly at: number;
  address: string | null;
  network: string;
  body: string;
  vote: VoteRequest | null;
  token: string | null;
  requestKey: string | null;
  /** A published comparison the request named, known as early as the body is parsed. */
  comparison: string | null;
  votable: VotableRequest | null;
  voter: { id: string; fresh: boolean; resign: boolean } | null;
  result: Extract<CastResult, { state: unknown }> | null;
}

/** Why a step refused a request. */
interface Refusal {
  status: 400 | 403 | 404 | 409 | 413 | 415 | 429 | 500;
  reason: RefusalReason;
  error: string;
  retryAfter?: number;
}

type Step = (options: VotePostOptions, state: PostState) => Promise<Refusal | null>;

/** Is the request from one of the site's own pages? Settled from headers alone. */
const origin: Step = async (options, { c }) => {
  const origins = options.origins ?? [(await options.catalog()).origin];
  const reason = crossSiteReason(
    {
      origin: c.req.header('origin') ?? null,
      secFetchSite: c.req.header('sec-fetch-site') ?? null,
      host: options.publicHost(c),
    },
    origins,
  );
  return reason === null ? null : { status: 403, reason: 'cross-site', error: reason };
};

/** Is the body JSON or a form? */
const contentType: Step = async (_options, { c }) => {
  const type = mediaType(c);
  if (type === JSON_TYPE || type === FORM_TYPE) return null;
  return { status: 415, reason: 'invalid', error: `Send the vote as ${JSON_TYPE} or ${FORM_TYPE}.` };
};

/** The network's daily hash (the only form an address takes), and its rate, before any body is read. */
const network: Step = async (options, state) => {
  state.address = options.clientAddress(state.c);
  state.network = await networkKey(options.keys.rate, state.address ?? 'unknown', state.at);
  if (!options.limiter || (await options.limiter.allow(state.network, state.at))) return null;
  return {
    status: 429,
    reason: 'rate-limited',
    error: 'Too many votes from your network; wait a minute and try again.',
    retryAfter: 60,
  };
};

/** At most `MAX_BODY_BYTES` of body, never more read. */
const body: Step = async (_options, state) => {
  const text = await readBody(state.c.req.raw);
  if (text === null) {
    return { status: 413, reason: 'invalid', error: `The body is larger than ${MAX_BODY_BYTES} bytes.` };
  }
  state.body = text;
  return null;
};

/** The vote, the bot-check token and the retry key, each checked. */
const parse: Step = async (options, state) => {
  const { c } = state;
  let parsed: ReturnType<typeof parseVoteJson>;
  let key: string | null | undefined;
  if (state.form) {
    const form = new URLSearchParams(state.body);
    state.comparison = await publishedComparison(options, form.get('comparison'));
    parsed = parseVoteForm(form);
    state.token = form.get(CHALLENGE_FIELD);
    key = form.get(REQUEST_KEY_FIELD);
  } else {
    let json: unknown;
    try {
      json = JSON.parse(state.body);
    } catch {
      return { status: 400, reason: 'invalid', error: 'The body is not valid JSON.' };
    }
    parsed = parseVoteJson(json);
    state.token = c.req.header(CHALLENGE_FIELD) ?? null;
    key = c.req.header(REQUEST_KEY_FIELD);
  }
  if (!parsed.ok) return { status: 400, reason: 'invalid', error: parsed.error };
  const requestKey = parseRequestKey(key);
  if (!requestKey.ok) return { status: 400, reason: 'invalid', error: requestKey.error };
  state.vote = parsed.value;
  state.requestKey = requestKey.value;
  return null;
};

/** Is the comparison published, the tool one of its two, and its votes open? */
const votable: Step = async (options, state) => {
  const checked = checkVotable(state.vote as VoteRequest, await options.catalog());
  if (!checked.ok) {
    return checked.reason === 'closed'
      ? { status: 403, reason: 'closed', error: checked.error }
      : { status: 404, reason: 'invalid', error: checked.error };
  }
  state.votable = checked.value;
  state.comparison = checked.value.vote.comparison;
  return null;
};

/** The bot check, when the owner configured one. */
const challenge: Step = async (options, state) => {
  if (!options.challenge || (await options.challenge.verify(state.token, state.address))) return null;
  return {
    status: 403,
    reason: 'challenge',
    error: 'The bot check did not pass; reload the page and try again.',
  };
};

/** Who votes: the signed cookie's voter (also one signed before a rotation), or a new one. */
const voter: Step = async (options, state) => {
  const cookie = cookieValue(state.c.req.header('cookie') ?? null, VOTER_COOKIE);
  const known = await verifyVoterWith(options.keys.cookie, cookie);
  state.voter = known ? { ...known, fresh: false } : { id: newVoterId(), fresh: true, resign: false };
  return null;
};

/** Stores the ballot; the database refuses it past the network's daily budget. */
const cast: Step = async (options, state) => {
  const { vote } = state.votable as VotableRequest;
  const who = state.voter as NonNullable<PostState['voter']>;
  // A voter with a cookie is already idempotent (a repeated call changes nothing); a new voter's
  // retry is recognised by its key, and gets the first try's voter back.
  const requestKey =
    who.fresh && state.requestKey !== null ? await options.keys.request.sign(state.requestKey) : null;
  let result: CastResult;
  try {
    result = await options.store.cast({
      comparison: vote.comparison,
      tool: vote.tool,
      voter: who.id,
      call: vote.call,
      at: new Date(state.at).toISOString(),
      network: state.network,
      requestKey,
    });
  } catch (error) {
    options.logError?.(`vote API: ${error instanceof Error ? error.message : String(error)}`);
    return {
      status: 500,
      reason: 'unavailable',
      error: 'The vote could not be handled; nothing was counted. Try again.',
    };
  }
  if (result.kind === 'budget-spent') {
    return {
      status: 429,
      reason: 'budget',
      error: REFUSAL_REASONS.budget,
      retryAfter: secondsUntilNextDay(state.at),
    };
  }
  if (result.kind === 'key-reused') {
    return {
      status: 409,
      reason: 'invalid',
      error: `This ${REQUEST_KEY_FIELD} was sent with a different vote; send a new key for a new vote.`,
    };
  }
  state.result = result;
  if (result.voter !== who.id || who.fresh || who.resign) {
    state.c.header(
      'Set-Cookie',
      voterCookieHeader(await signVoter(options.keys.cookie.current, result.voter), options.isHttps(state.c)),
    );
  }
  return null;
};

/** The steps of `POST /api/votes`, in the order they run; a unit test pins it. */
export const VOTE_POST_STEPS: readonly { name: string; run: Step }[] = [
  { name: 'origin', run: origin },
  { name: 'content type', run: contentType },
  { name: 'network rate', run: network },
  { name: 'body', run: body },
  { name: 'parse', run: parse },
  { name: 'votable', run: votable },
  { name: 'challenge', run: challenge },
  { name: 'voter', run: voter },
  { name: 'cast', run: cast },
];

/** Runs the steps; the first refusal answers, else the tallies (JSON) or the page's note (form). */
export async function handleVotePost(options: VotePostOptions, c: Context): Promise<Response> {
  const state: PostState = {
    c,
    form: mediaType(c) === FORM_TYPE,
    at: options.now(),
    address: null,
    network: '',
    body: '',
    vote: null,
    token: null,
    requestKey: null,
    comparison: null,
    votable: null,
    voter: null,
    result: null,
  };
  c.header('Cache-Control', 'no-store');
  for (const step of VOTE_POST_STEPS) {
    const refusal = await step.run(options, state);
    if (refusal) return refuse(state, refusal);
  }
  const { vote, tools } = state.votable as VotableRequest;
  if (state.form) return c.redirect(votedLocation(vote.comparison, vote.tool, vote.call ?? 'withdrawn'), 303);
  const result = state.result as NonNullable<PostState['result']>;
  return c.json(talliesBody(vote.comparison, tools, result.state));
}

function refuse({ c, form, comparison }: PostState, refusal: Refusal): Response {
  if (refusal.retryAfter !== undefined) c.header('Retry-After', String(refusal.retryAfter));
  if (form) return c.redirect(refusedLocation(comparison, refusal.reason), 303);
  return c.json({ error: refusal.error }, refusal.status);
}

function mediaType(c: Context): string | undefined {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
}

// A form's comparison, when it is one the site publishes: where its refusal note is shown.
async function publishedComparison(options: VotePostOptions, value: string | null): Promise<string | null> {
  if (value === null || value.length > 200 || !SLUG_PATTERN.test(value)) return null;
  return (await options.catalog()).comparisons.has(value) ? value : null;
}

/** The body as text, or null when it is larger than the limit (read no further than that). */
async function readBody(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
