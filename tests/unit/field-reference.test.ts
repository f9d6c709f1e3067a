/**
 * The field reference in CONTRIBUTING.md is generated from the Zod schemas; it fails here, not in
 * an editor's pull request, when a schema changes and `npm run fields` was not run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIELD_REFERENCE_END,
  FIELD_REFERENCE_START,
  fieldReference,
  spliceFieldReference,
} from '../../src/core/editor-docs/field-reference.ts';
import { spliceGenerated } from '../../src/core/editor-docs/generated-section.ts';
import {
  PANEL_END,
  PANEL_START,
  panelAndCategories,
} from '../../src/core/editor-docs/panel-and-categories.ts';
import { SCHEMAS } from '../../src/core/schemas/index.ts';
import { CATEGORIES } from '../../src/core/vocabulary.ts';
import { validateContentDir } from '../../src/fs/validate-dir.ts';
import { FIXTURE_SITE_DIR } from '../support/fixture-site.ts';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

describe('the field reference', () => {
  it('in CONTRIBUTING.md is up to date (run `npm run fields` if this fails)', () => {
    expect(spliceFieldReference(contributing, fieldReference())).toBe(contributing);
  });

  it.each(Object.entries(SCHEMAS).filter(([, schema]) => 'shape' in schema))(
    'lists every field of %s',
    (_, schema) => {
      for (const field of Object.keys((schema as unknown as { shape: object }).shape)) {
        expect(fieldReference()).toContain(`| \`${field}\` |`);
      }
    },
  );

  it('spells out closed lists, defaults and formats in an editor’s words', () => {
    const reference = fieldReference();
    expect(reference).toContain('| `verdict` | yes | one of `ship`, `skip` |');
    expect(reference).toContain('| `status` | no (default `"active"`) | one of `active`, `discontinued` |');
    expect(reference).toContain('| `published` | yes | date, YYYY-MM-DD |');
    expect(reference).toContain('| `tools` | yes | [slug, slug] |');
    expect(reference).toContain('| `logo.width` | yes | whole number from 1 to 1,024 |');
  });

  it('replaces only what is between the markers', () => {
    const doc = `before\n${FIELD_REFERENCE_START}\nold\n${FIELD_REFERENCE_END}\nafter\n`;
    expect(spliceFieldReference(doc, 'new\n')).toBe(
      `before\n${FIELD_REFERENCE_START}\n\nnew\n\n${FIELD_REFERENCE_END}\nafter\n`,
    );
  });

  it('refuses a document without the markers', () => {
    expect(() => spliceFieldReference('no markers', 'x')).toThrow(/markers are missing/);
  });
});

/** The panel of a content folder, as `npm run fields` lists it. */
function panelOf(dir: string) {
  return validateContentDir(dir).entries.reviewers.map(({ id, data }) => ({
    slug: id,
    name: data.name,
    lens: data.lens,
    order: data.order,
  }));
}

describe('the panel and categories in CONTRIBUTING.md', () => {
  it('are up to date with content/reviewers and the vocabulary (run `npm run fields` if this fails)', () => {
    expect(
      spliceGenerated(contributing, PANEL_START, PANEL_END, panelAndCategories(panelOf('content'))),
    ).toBe(contributing);
  });

  it('list each reviewer with slug, name and lens, in scorecard order', () => {
    expect(panelAndCategories(panelOf(FIXTURE_SITE_DIR))).toContain(
      [
        '| `the-builder` | The Builder | Developer experience |',
        '| `the-skeptic` | The Skeptic | Competitive landscape |',
        '| `the-futurist` | The Futurist | Thesis and trend |',
        '| `the-operator` | The Operator | Business and buyer |',
      ].join('\n'),
    );
  });

  it('give every category a one-line definition', () => {
    const lists = panelAndCategories([]);
    for (const category of CATEGORIES)
      expect(lists).toMatch(new RegExp(`^\\| ${category} \\| [^|\\n]+\\. \\|$`, 'm'));
  });
});
