/**
 * Word banks for synthetic tools and reviews. Large enough that the search index sees a
 * realistic spread of terms, small enough to keep in one readable file.
 */
import type { Category } from '../../../src/core/vocabulary.ts';

/** First word of a tool name. */
export const NAME_HEADS = [
  'Nimbus', 'Vector', 'Quill', 'Lumen', 'Cobalt', 'Helix', 'Orbit', 'Pixel', 'Signal', 'Atlas',
  'Relay', 'Prism', 'Ember', 'Tidal', 'Sable', 'Kestrel', 'Juniper', 'Marble', 'Onyx', 'Cinder',
  'Harbor', 'Falcon', 'Meadow', 'Granite', 'Aurora', 'Beacon', 'Cipher', 'Delta', 'Echo', 'Fable',
  'Glint', 'Hollow', 'Iris', 'Jolt', 'Kite', 'Lattice', 'Mosaic', 'Nova', 'Opal', 'Pulse',
  'Quartz', 'Raven', 'Spruce', 'Thistle', 'Umber', 'Vertex', 'Willow', 'Yarrow', 'Zephyr', 'Anvil',
  'Bramble', 'Crest', 'Drift', 'Flint', 'Grove', 'Haze', 'Inkwell', 'Larch', 'Mantle', 'Nectar',
] as const;

/** Second word of a tool name, by what the tool does. */
export const NAME_TAILS: Record<Category, readonly string[]> = {
  'Developer Tools': ['Code', 'Stack', 'Forge', 'Lint', 'Deploy', 'SDK', 'Runtime', 'Debugger', 'Copilot', 'Shell'],
  Writing: ['Write', 'Draft', 'Prose', 'Scribe', 'Editor', 'Pen', 'Copy', 'Story', 'Ink', 'Outline'],
  'Image & Video': ['Vision', 'Frame', 'Studio', 'Canvas', 'Lens', 'Reel', 'Render', 'Paint', 'Motion', 'Clip'],
  'Audio & Voice': ['Voice', 'Sound', 'Echo', 'Tone', 'Speech', 'Waves', 'Dub', 'Podcast', 'Tune', 'Mic'],
  Productivity: ['Notes', 'Flow', 'Tasks', 'Desk', 'Mail', 'Calendar', 'Focus', 'Docs', 'Hub', 'Inbox'],
  'Data & Analytics': ['Query', 'Insight', 'Metrics', 'Table', 'Lake', 'Chart', 'Sheets', 'BI', 'Pipeline', 'Warehouse'],
  'Agents & Automation': ['Agent', 'Pilot', 'Bot', 'Ops', 'Workflow', 'Runner', 'Autopilot', 'Orchestrator', 'Crew', 'Relay'],
  Research: ['Scholar', 'Search', 'Index', 'Lab', 'Cite', 'Review', 'Atlas', 'Deep Research', 'Reader', 'Survey'],
};

/** What a tool of each category is, as a noun phrase. */
export const CATEGORY_NOUNS: Record<Category, readonly string[]> = {
  'Developer Tools': ['coding assistant', 'code review bot', 'test generator', 'API client', 'local model runtime', 'migration assistant'],
  Writing: ['writing assistant', 'long-form drafting tool', 'copy generator', 'style checker', 'ghostwriting app', 'documentation writer'],
  'Image & Video': ['image generator', 'video editor', 'upscaler', 'background remover', 'storyboard tool', 'text-to-video model'],
  'Audio & Voice': ['voice cloning service', 'transcription API', 'podcast editor', 'text-to-speech engine', 'music generator', 'dubbing tool'],
  Productivity: ['meeting notetaker', 'email assistant', 'calendar agent', 'knowledge base', 'task planner', 'browser copilot'],
  'Data & Analytics': ['SQL copilot', 'dashboard builder', 'spreadsheet assistant', 'forecasting service', 'data cleaning tool', 'BI agent'],
  'Agents & Automation': ['workflow agent', 'browser automation agent', 'support agent', 'sales agent', 'integration builder', 'ops runbook agent'],
  Research: ['research assistant', 'paper summarizer', 'citation engine', 'literature search tool', 'market research agent', 'deep research API'],
};

/** Company name parts. */
export const VENDOR_HEADS = ['North', 'Bright', 'Open', 'Blue', 'Red', 'Clear', 'Deep', 'Quiet', 'Swift', 'True', 'Night', 'Stone', 'Paper', 'Field', 'Iron', 'Silver'] as const;
/** Company name endings. */
export const VENDOR_TAILS = ['Labs', 'AI', 'Systems', 'Works', 'Inc.', 'Research', 'Studio', 'Collective', 'Foundry', 'Technologies'] as const;

/** Licences a tool may carry, with proprietary ones most common. */
export const LICENSES = ['Proprietary', 'Proprietary', 'Proprietary', 'Apache-2.0', 'MIT', 'AGPL-3.0', 'BSD-3-Clause'] as const;

/** Verbs that say what a tool does for its user. */
export const VERBS = ['turns', 'converts', 'summarizes', 'drafts', 'automates', 'ranks', 'indexes', 'generates', 'reviews', 'routes', 'cleans', 'translates'] as const;
/** Things tools act on. */
export const OBJECTS = [
  'support tickets', 'pull requests', 'meeting recordings', 'product screenshots', 'sales calls', 'invoices', 'research papers',
  'customer emails', 'design mockups', 'log files', 'spreadsheets', 'podcast episodes', 'legal contracts', 'onboarding docs',
  'SQL queries', 'marketing briefs', 'bug reports', 'video footage', 'CRM records', 'lecture notes',
] as const;
/** Outcomes a tool promises. */
export const OUTCOMES = [
  'a first draft in seconds', 'structured data your team can query', 'searchable summaries', 'a ranked shortlist',
  'publish-ready copy', 'a review with line comments', 'an automated weekly report', 'clean, deduplicated records',
  'a working prototype', 'citations you can check', 'a narrated cut', 'alerts before customers notice',
] as const;
/** Claims a launch post makes. */
export const CLAIMS = [
  'reportedly beats models three times its size', 'ships with a free tier generous enough for a side project',
  'runs fully on-device', 'integrates with Slack, Notion and Google Drive out of the box',
  'exposes every feature through a documented REST API', 'keeps customer data in the EU by default',
  'claims a tenfold cut in review time', 'offers SOC 2 Type II reports on request', 'supports forty languages',
  'bills per seat with no usage caps', 'publishes open weights alongside the hosted product', 'comes with a self-hosted option',
] as const;
/** Hazards reviewers raise. */
export const RISKS = [
  'a larger platform ships the same feature as a checkbox', 'the free tier quietly disappears',
  'accuracy drops on messy real-world inputs', 'the vendor changes its pricing model twice in a year',
  'the API rate limits hit the first real workload', 'compliance teams ask where the data is stored',
  'the benchmark numbers do not survive independent testing', 'the founding team pivots to enterprise only',
  'latency spikes under concurrent load', 'the integration breaks on every upstream release',
] as const;
/** Competitor-ish names reviewers cite. */
export const RIVALS = [
  'the incumbent suites', 'the hyperscaler APIs', 'open-source alternatives', 'last year\'s category leader',
  'two well-funded startups', 'a weekend script', 'the built-in assistant of every office suite', 'a general-purpose chatbot',
] as const;
/** Adjectives for tone. */
export const QUALITIES = ['clean', 'fast', 'opinionated', 'thoughtful', 'rough', 'polished', 'narrow', 'ambitious', 'pragmatic', 'brittle', 'generous', 'confusing'] as const;
/** Time spans for theses and deadlines. */
export const HORIZONS = ['six months', 'twelve months', 'eighteen months', 'two years', 'three years'] as const;
/** Audiences who buy or use a tool. */
export const BUYERS = [
  'solo developers', 'platform teams', 'marketing teams', 'support leads', 'data analysts', 'small agencies',
  'enterprise IT', 'researchers', 'product managers', 'content studios', 'finance teams', 'indie creators',
] as const;
/** Price phrasings for pricing notes. */
export const PRICE_NOTES = [
  'Free tier with {n} requests a month; paid plans from ${p} per seat.',
  'Usage-based at ${p} per million tokens; no minimum commitment.',
  'Free for individuals; team plans start at ${p} per user per month.',
  'Fourteen-day free trial, then ${p} a month billed annually.',
  'Enterprise contracts only; pricing on request, typically above ${q} a year.',
  'Open weights are free; the hosted API costs ${p} per thousand calls.',
] as const;
