/**
 * Community votes on a comparison page. The forms work on their own (a post and a 303 back to a
 * note that confirms the outcome); this turns them into in-place votes: it marks the reader's
 * standing call with aria-pressed and updates every community figure of the page (tool card and
 * decision strip) from the live tallies. The code that sends a vote (src/client/votes/send.ts,
 * named by the form's `data-send`) loads when the reader first reaches for a vote button; a
 * second press on the pressed call withdraws it.
 */
import { communityFigure } from '../core/views/community.ts';
import { votesApiPath } from '../core/views/paths.ts';
import { notSentText, type Tallies, type VotePage } from './votes/page.ts';

/** What the sending script exports (src/client/votes/send.ts). */
interface VoteSender {
  sendVote(form: HTMLFormElement, button: HTMLButtonElement, page: VotePage): Promise<void>;
}

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-vote]')];
const comparison = forms[0]?.dataset['comparison'];
const minSample = Number(forms[0]?.dataset['minSample']) || 10;

function say(form: HTMLFormElement, message: string): void {
  const status = form.querySelector('[role="status"]');
  if (status) status.textContent = message;
}

/** Writes a tool's community figure into every place the page shows it; returns its sentence. */
function draw(tool: string, counts: { ship: number; skip: number }): string {
  const figure = communityFigure(counts, minSample);
  for (const place of document.querySelectorAll(`[data-community="${CSS.escape(tool)}"]`)) {
    const value = place.querySelector('[data-part="value"]');
    const note = place.querySelector('[data-part="note"]');
    if (value) {
      value.textContent = figure.value;
      value.classList.toggle('is-none', figure.percent === null);
    }
    if (note) note.textContent = figure.note;
    place.querySelector('[data-part="bar"]')?.setAttribute('width', String(figure.percent ?? 0));
  }
  return figure.sentence;
}

function show(tallies: Tallies): void {
  for (const form of forms) {
    const tool = form.dataset['tool'] ?? '';
    const counts = tallies.tools[tool];
    if (counts) draw(tool, counts);
    for (const button of form.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(tallies.yours?.[tool] === button.value));
    }
  }
}

let voted = false;
let sender: Promise<VoteSender> | null = null;

/** The sending script, fetched once; a failed fetch is tried again on the next vote. */
function loadSender(form: HTMLFormElement): Promise<VoteSender> {
  sender ??= (import(/* @vite-ignore */ form.dataset['send'] ?? '') as Promise<VoteSender>).catch(
    (error: unknown) => {
      sender = null;
      throw error;
    },
  );
  return sender;
}

async function submit(page: VotePage, form: HTMLFormElement, button: HTMLButtonElement): Promise<void> {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  say(form, 'Sending your vote…');
  try {
    const { sendVote } = await loadSender(form);
    await sendVote(form, button, page);
  } catch (error) {
    say(form, notSentText(error));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

if (comparison) {
  const page: VotePage = { comparison, draw, show, say, answered: () => (voted = true) };
  for (const form of forms) {
    form.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    // A reader reaching for a button fetches the sending script before the press lands.
    const prepare = () => void loadSender(form).catch(() => undefined);
    form.addEventListener('pointerdown', prepare, { once: true });
    form.addEventListener('focusin', prepare, { once: true });
    form.addEventListener('submit', (event) => {
      const button = event.submitter;
      if (!(button instanceof HTMLButtonElement)) return;
      event.preventDefault();
      void submit(page, form, button);
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
