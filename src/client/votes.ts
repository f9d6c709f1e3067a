/**
 * Community votes on a comparison page. The forms work on their own (a post and a 303 back);
 * this turns them into in-place votes: it posts with fetch, marks the reader's standing call
 * with aria-pressed, updates the Community figure, and says plainly when a vote did not go
 * through. A second press on the pressed call withdraws it.
 */
import { communityFigures } from '../core/figures.ts';
import { communityFigureText } from '../core/views/format.ts';
import { VOTES_API_PATH, votesApiPath } from '../core/views/paths.ts';

type Call = 'ship' | 'skip';
interface Tallies {
  tools: Record<string, { ship: number; skip: number }>;
  yours?: Record<string, Call>;
}

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-vote]')];
const comparison = forms[0]?.dataset['comparison'];

function say(form: HTMLFormElement, message: string): void {
  const status = form.querySelector('[role="status"]');
  if (status) status.textContent = message;
}

function show(tallies: Tallies): void {
  for (const form of forms) {
    const tool = form.dataset['tool'] ?? '';
    const counts = tallies.tools[tool];
    const figure = form.closest('[data-testid="tool-card"]')?.querySelector('[data-testid="community"]');
    if (counts && figure) {
      const text = communityFigureText(communityFigures(counts), Number(form.dataset['minSample']));
      const [value, note] = ['.figure-value', '.figure-note'].map((s) => figure.querySelector(s));
      if (value) value.textContent = text.value;
      if (note) note.textContent = text.note;
    }
    for (const button of form.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(tallies.yours?.[tool] === button.value));
    }
  }
}

let voted = false;

// A vote whose answer never arrived is sent again with the same key, so the server counts it once.
const retryKeys = new Map<string, string>();
const newKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

async function send(form: HTMLFormElement, button: HTMLButtonElement): Promise<void> {
  const call = button.getAttribute('aria-pressed') === 'true' ? null : (button.value as Call);
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  say(form, 'Sending your vote…');
  const slot = `${form.dataset['tool']}|${call}`;
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
      body: JSON.stringify({ comparison, tool: form.dataset['tool'], call }),
    });
    retryKeys.delete(slot);
    const body = (await response.json().catch(() => ({}))) as Tallies & { error?: string };
    if (!response.ok) throw new Error(body.error ?? `The server answered ${response.status}.`);
    voted = true;
    show(body);
    const note = form.closest('[data-testid="tool-card"]')?.querySelector('.figure-note')?.textContent;
    say(form, `${call ? `Counted: you ${call} it.` : 'Your call is withdrawn.'} Community: ${note}.`);
  } catch (error) {
    say(
      form,
      !navigator.onLine
        ? 'You are offline: your vote was not sent. Try again once you are back online.'
        : error instanceof TypeError
          ? 'Your vote could not be sent. Try again in a moment.'
          : `Not counted: ${(error as Error).message}`,
    );
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

if (comparison) {
  for (const form of forms) {
    form.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    form.addEventListener('submit', (event) => {
      const button = event.submitter;
      if (!(button instanceof HTMLButtonElement)) return;
      event.preventDefault();
      void send(form, button);
    });
  }
  // Revalidated, so a count cached before this reader's vote never hides their standing call.
  fetch(votesApiPath(comparison), { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<Tallies>) : null))
    // A vote answered first is newer than this read.
    .then((tallies) => tallies && !voted && show(tallies))
    // The page already shows the published figures; live ones are a bonus.
    .catch(() => undefined);
}
