/**
 * The review panel of a synthetic corpus: the same four personas the real site runs with,
 * so scorecards have the real shape.
 */
import type { ReviewerInput } from '../../src/core/schemas/reviewer.ts';
import type { Lens } from './text.ts';

/** One persona: its slug, frontmatter, bio and the voice its quotes are written in. */
export interface Persona {
  slug: string;
  lens: Lens;
  data: ReviewerInput;
  bio: string;
}

/** The four reviewers, in scorecard order. */
export const PANEL: readonly Persona[] = [
  {
    slug: 'the-builder',
    lens: 'builder',
    data: {
      name: 'The Builder',
      motto: 'If hello-world needs six environment variables, it is not ready to ship.',
      lens: 'Developer experience',
      order: 1,
      excitedBy: ['Clean primitives that do one thing well', 'SDKs and docs that work on day one'],
      tiredOf: ['Six env vars before hello-world', 'Launch posts with no working quickstart'],
    },
    bio: 'The Builder installs every tool, wires it up and times the first real result. Is the primitive clean, and could a competent engineer rebuild it over a weekend?',
  },
  {
    slug: 'the-skeptic',
    lens: 'skeptic',
    data: {
      name: 'The Skeptic',
      motto: 'Name the competitor, name the failure mode, then we can talk.',
      lens: 'Competitive landscape',
      order: 2,
      excitedBy: [
        'Claims that survive someone reproducing them',
        'A real edge over the obvious alternatives',
      ],
      tiredOf: [
        'Benchmarks authored by the team shipping the model',
        'Features a platform giant will bundle next quarter',
      ],
    },
    bio: 'The Skeptic maps every tool against its direct competitors, names the scenario where it breaks, and asks what kills it in twelve months.',
  },
  {
    slug: 'the-futurist',
    lens: 'futurist',
    data: {
      name: 'The Futurist',
      motto: 'Every tool is a bet on the next three years. Is the bet falsifiable?',
      lens: 'Thesis and trend',
      order: 3,
      excitedBy: [
        'Falsifiable theses about where the stack is going',
        'Second-order effects nobody is talking about yet',
      ],
      tiredOf: ['Vibes dressed up as strategy', "Roadmaps that depend on someone else's roadmap"],
    },
    bio: 'The Futurist reads each tool as a thesis: what has to be true for it to become infrastructure, and which trend it rides.',
  },
  {
    slug: 'the-operator',
    lens: 'operator',
    data: {
      name: 'The Operator',
      motto: 'Who pays, from which budget, and what stops them from leaving?',
      lens: 'Business and buyer',
      order: 4,
      excitedBy: ['A defined buyer with a real budget line', 'Pricing that scales with the value delivered'],
      tiredOf: [
        'Free products with no business behind them',
        'Pricing that punishes the customers who use it most',
      ],
    },
    bio: 'The Operator asks who buys the tool, from which budget, and whether the business behind it survives cheaper models.',
  },
];
