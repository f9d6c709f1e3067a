/**
 * Sentence-level text for synthetic content, sized like the real reviews: descriptions of
 * three to five sentences, quotes of five to seven.
 */
import type { Rng } from './prng.ts';
import {
  BUYERS,
  CATEGORY_NOUNS,
  CLAIMS,
  HORIZONS,
  OBJECTS,
  OUTCOMES,
  PRICE_NOTES,
  QUALITIES,
  RISKS,
  RIVALS,
  VERBS,
} from './words.ts';
import type { Category } from '../../src/core/vocabulary.ts';

/** What the text generator needs to know about a tool. */
export interface ToolFacts {
  name: string;
  vendor: string;
  category: Category;
  /** When known, text may link to the tool's docs. */
  slug?: string;
}

/** Reviewer lenses the generator writes in; every persona maps to one. */
export type Lens = 'builder' | 'skeptic' | 'operator' | 'futurist';

/** One line saying what the tool is. */
export function tagline(rng: Rng, tool: ToolFacts): string {
  const noun = rng.pick(CATEGORY_NOUNS[tool.category]);
  return capitalize(
    `${rng.pick(QUALITIES)} ${noun} that ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} into ${rng.pick(OUTCOMES)}`,
  );
}

/** A pricing read of one sentence. */
export function pricingNote(rng: Rng): string {
  return rng
    .pick(PRICE_NOTES)
    .replace('{n}', String(rng.int(1, 50) * 100))
    .replace('{p}', String(rng.int(2, 99)))
    .replace('{q}', `${rng.int(10, 200)},000`);
}

/** A tool description: one paragraph, a few hundred characters. */
export function description(rng: Rng, tool: ToolFacts): string {
  const noun = rng.pick(CATEGORY_NOUNS[tool.category]);
  const sentences = [
    `${tool.name} is ${withArticle(rng.pick(QUALITIES))} ${noun} from ${tool.vendor} that ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} into ${rng.pick(OUTCOMES)}.`,
    `It ${rng.pick(CLAIMS)}, and it ${rng.pick(CLAIMS)}.`,
    `The pitch is aimed at ${rng.pick(BUYERS)} and ${rng.pick(BUYERS)} who currently stitch this together by hand.`,
    `Setup takes ${rng.int(2, 45)} minutes according to the vendor, and the first ${rng.pick(OBJECTS)} are processed without any configuration.`,
    `Compared with ${rng.pick(RIVALS)}, the main difference is that it ${rng.pick(CLAIMS)}.`,
  ];
  return withMarkdown(rng, sentences.slice(0, rng.int(3, 5)).join(' '), tool);
}

/** A reviewer's quote in that reviewer's voice, arguing for the given verdict. */
export function quote(rng: Rng, lens: Lens, tool: ToolFacts, ship: boolean): string {
  const lines = LENS_LINES[lens](rng, tool);
  const picked = rng.shuffle(lines).slice(0, rng.int(3, 5));
  const close = ship
    ? `The specific thing that earns the ship: it ${rng.pick(CLAIMS)}, and that holds up in practice.`
    : `It skips for now: the ${rng.pick(QUALITIES)} parts are real, but ${rng.pick(RISKS)} is too likely to ignore.`;
  return withMarkdown(rng, [...picked, close].join(' '), tool);
}

/**
 * Real bodies are mostly plain prose with the odd emphasis, link or second paragraph; about one
 * in five generated bodies carries some, so rendering cost is not measured on plain text alone.
 */
function withMarkdown(rng: Rng, text: string, tool: ToolFacts): string {
  const roll = rng.next();
  if (roll < 0.08) return text.replace(/^(\S+ \S+ \S+)/, '*$1*');
  if (roll < 0.14 && tool.slug)
    return `${text} More in the [${tool.name} docs](https://${tool.slug}.example.com/docs).`;
  if (roll < 0.2) return text.replace(/\. (?=\S)/, '.\n\n');
  return text;
}

/** An editor's note for a comparison page: one or two short paragraphs. */
export function editorNote(rng: Rng, a: ToolFacts, b: ToolFacts): string {
  const first = `We paired ${a.name} with ${b.name} because readers kept asking which one to pick for ${rng.pick(OBJECTS)}. Both promise ${rng.pick(OUTCOMES)}, and both are aimed at ${rng.pick(BUYERS)}.`;
  if (!rng.chance(0.5)) return first;
  return `${first}\n\nThe panel read both in the same week; where the scores differ, the quotes explain why ${rng.pick(RISKS)} weighs more for one than the other.`;
}

/** A custom standfirst for a comparison. */
export function dek(rng: Rng, a: ToolFacts, b: ToolFacts): string {
  return `${a.name} or ${b.name} for ${rng.pick(OBJECTS)}? The panel splits on ${rng.pick(['pricing', 'setup', 'accuracy', 'lock-in', 'the roadmap', 'data handling'])}.`;
}

/** A custom headline for a comparison. */
export function headline(rng: Rng, a: ToolFacts, b: ToolFacts): string {
  return `${a.name} vs ${b.name}: ${rng.pick(['which one ships', 'the panel decides', 'a close call', 'not the same bet', 'pick by workload'])}`;
}

const LENS_LINES: Record<Lens, (rng: Rng, tool: ToolFacts) => string[]> = {
  builder: (rng, t) => [
    `The primitive is ${rng.pick(QUALITIES)}: ${t.name} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} with one call and a sensible default for everything else.`,
    `Getting to a first real result took ${rng.int(3, 90)} minutes, ${rng.chance(0.5) ? 'most of it spent reading docs that were actually accurate' : 'most of it spent fighting an SDK that still feels like a beta'}.`,
    `The developer experience bet is that ${rng.pick(BUYERS)} want ${rng.pick(OUTCOMES)} more than they want knobs, which is ${rng.chance(0.6) ? 'the right call' : 'a bet I would not make'}.`,
    `Weekend-alternative test: ${rng.chance(0.5) ? 'you could not rebuild this in a weekend, the hard part is real engineering' : 'a competent engineer could wire up most of this over a weekend with an off-the-shelf model'}.`,
    `Error messages ${rng.chance(0.5) ? 'name the field and the fix' : 'are opaque stack traces'}, and the rate limits are ${rng.chance(0.5) ? 'documented up front' : 'discovered the hard way'}.`,
  ],
  skeptic: (rng, t) => [
    `Direct competitors are ${rng.pick(RIVALS)} and ${rng.pick(RIVALS)}, so ${t.name} is not operating in a vacuum.`,
    `The claim that it ${rng.pick(CLAIMS)} comes from ${t.vendor} itself, and nobody outside the company has reproduced it yet.`,
    `The scenario where this breaks: ${rng.pick(RISKS)}.`,
    `What kills this in ${rng.pick(HORIZONS)} is not a startup but ${rng.pick(RIVALS)} deciding the feature is table stakes.`,
    `To be fair, the ${rng.pick(QUALITIES)} release discipline is a trust signal: the changelog matches what actually shipped.`,
  ],
  operator: (rng, t) => [
    `The buyer is ${rng.pick(BUYERS)} with a real budget line, and the pain of handling ${rng.pick(OBJECTS)} by hand is easy to price.`,
    `Pricing scales with ${rng.pick(['usage', 'seats', 'projects', 'minutes processed'])}, which ${rng.chance(0.5) ? 'matches how the value shows up' : 'punishes exactly the customers who love it most'}.`,
    `The moat question is where ${t.name} gets complicated: ${rng.chance(0.5) ? 'the data flywheel is real once a team is onboarded' : 'nothing here stops a cheaper clone from undercutting it'}.`,
    `The business survives if ${t.vendor} becomes the default for ${rng.pick(BUYERS)} before ${rng.pick(RIVALS)} bundle the same thing for free.`,
    `Churn risk is ${rng.chance(0.5) ? 'low, because switching means rebuilding the integrations' : 'high, because nothing is lost by switching'}.`,
  ],
  futurist: (rng, t) => [
    `The thesis this tool bets on: within ${rng.pick(HORIZONS)}, ${rng.pick(OBJECTS)} stop being handled by people and become an API call.`,
    `${t.name} is ${rng.pick(['early', 'early-to-on-time', 'on time', 'a little late'])} on that trend, and ${rng.pick(['the timing matters more than the feature list', 'the incumbents are slower than they look', 'the window is closing'])}.`,
    `The second-order effect nobody is talking about: once ${rng.pick(OBJECTS)} are cheap to process, ${rng.pick(BUYERS)} start asking for ${rng.pick(OUTCOMES)} everywhere.`,
    `The dependency that has to hold: ${rng.pick(RISKS).replace(/^the /, 'the risk that the ')} must not materialize.`,
    `If the bet is wrong, this stays ${withArticle(rng.pick(QUALITIES))} feature rather than infrastructure.`,
  ],
};

/** First letter upper-cased. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A word with its indefinite article ("an opinionated", "a fast"). */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
