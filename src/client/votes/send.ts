/**
 * Sends one vote from a comparison page's form, loaded when the reader first reaches for a vote
 * button (src/client/votes.ts): posts the call with fetch, or withdraws it on a second press of
 * the pressed call, then shows the answer through the page and announces the call and the new
 * figure in one sentence, or says plainly why the vote did not go through.
 */
import { VOTES_API_PATH } from '../../core/views/paths.ts';
import { notSentText, type Call, type Tallies, type VotePage } from './page.ts';

// A vote whose answer never arrived is sent again with the same key, so the server counts it once.
const retryKeys = new Map<string, string>();
const newKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Sends the call of `button` in `form`; never throws, the form's status line says how it went. */
export async function sendVote(
  form: HTMLFormElement,
  button: HTMLButtonElement,
  page: VotePage,
): Promise<void> {
  const tool = form.dataset['tool'] ?? '';
  const call = button.getAttribute('aria-pressed') === 'true' ? null : (button.value as Call);
  const slot = `${tool}|${call}`;
  const key = retryKeys.get(slot) ?? newKey();
  retryKeys.set(slot, key);
  try {
    const token = form.querySelector<HTMLInputElement>('[name="cf-turnstile-response"]')?.value;
    const response = await fetch(VOTES_API_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': key,
        ...(token ? { 'cf-turnstile-response': token } : {}),
      },
      body: JSON.stringify({ comparison: page.comparison, tool, call }),
    });
    retryKeys.delete(slot);
    const body = (await response.json().catch(() => ({}))) as Tallies & { error?: string };
    if (!response.ok) throw new Error(body.error ?? `The server answered ${response.status}.`);
    page.answered();
    page.show(body);
    const sentence = page.draw(tool, body.tools[tool] ?? { ship: 0, skip: 0 });
    page.say(form, `${call ? `Counted: you ${call} it.` : 'Your call is withdrawn.'} ${sentence}.`);
  } catch (error) {
    page.say(form, notSentText(error));
  }
}
