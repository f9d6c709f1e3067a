/**
 * The build's steps run as soon as the steps they come after have succeeded, side by side where
 * the order allows; a failure stops the others. The site's own order keeps every writer into the
 * output folder after Astro, which empties that folder when it starts.
 */
import { describe, expect, it } from 'vitest';
import {
  runSteps,
  siteBuildSteps,
  stepCommand,
  type BuildStep,
  type RunningStep,
} from '../../src/build/build-steps.ts';

const steps = (...specs: [string, string[]][]): BuildStep[] =>
  specs.map(([name, after]) => ({ name, command: 'true', args: [], after }));

/** A fake runner: steps end when the test says so; records starts, ends and stops in order. */
function fakeRunner() {
  const events: string[] = [];
  const finish = new Map<string, (ok: boolean) => void>();
  const start = (step: BuildStep): RunningStep => {
    events.push(`start ${step.name}`);
    const done = new Promise<boolean>((resolve) => finish.set(step.name, resolve));
    return { done, stop: () => (events.push(`stop ${step.name}`), finish.get(step.name)?.(false)) };
  };
  const end = async (name: string, ok = true) => {
    events.push(`end ${name}`);
    finish.get(name)?.(ok);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { events, start, end };
}

describe('runSteps', () => {
  it('starts steps with nothing before them together and the others when their steps are done', async () => {
    const runner = fakeRunner();
    const graph = steps(['a', []], ['b', []], ['c', ['a']], ['d', ['b', 'c']]);
    const result = runSteps(graph, runner.start);
    expect(runner.events).toEqual(['start a', 'start b']);
    await runner.end('a');
    expect(runner.events).toEqual(['start a', 'start b', 'end a', 'start c']);
    await runner.end('c');
    await runner.end('b');
    expect(runner.events.slice(-3)).toEqual(['end c', 'end b', 'start d']);
    await runner.end('d');
    expect(await result).toBeNull();
  });

  it.each([
    ['a step with nothing after it', 'b', ['start a', 'start b', 'end b', 'stop a']],
    ['a step others wait for', 'a', ['start a', 'start b', 'end a', 'stop b']],
  ])('stops the running steps and starts no other when %s fails', async (_, failing, expected) => {
    const runner = fakeRunner();
    const result = runSteps(steps(['a', []], ['b', []], ['c', ['a', 'b']]), runner.start);
    await runner.end(failing, false);
    expect(await result).toBe(failing);
    expect(runner.events).toEqual(expected);
  });

  it('treats a step that cannot start as failed and stops the others', async () => {
    const runner = fakeRunner();
    const start = (step: BuildStep) => {
      if (step.name === 'b') throw new Error('spawn failed');
      return runner.start(step);
    };
    expect(await runSteps(steps(['a', []], ['b', []], ['c', ['a']]), start)).toBe('b');
    expect(runner.events).toEqual(['start a', 'stop a']);
  });

  it.each([
    [steps(['a', ['b']], ['b', []]), /"a" runs after "b", which is not listed before it/],
    [steps(['a', ['missing']]), /"a" runs after "missing"/],
    [steps(['a', []], ['a', []]), /"a" is listed twice/],
  ])('refuses an order it cannot follow (%#)', (graph, message) => {
    expect(() => runSteps(graph, fakeRunner().start)).toThrow(message);
  });
});

describe("the site's build steps", () => {
  const site = siteBuildSteps('node');
  const byName = new Map(site.map((step) => [step.name, step]));
  const comesAfter = (name: string, other: string): boolean =>
    (byName.get(name)?.after ?? []).some((before) => before === other || comesAfter(before, other));

  it('draws the social images beside Astro, at a lower priority', () => {
    expect(byName.get('social images')?.after ?? []).toEqual([]);
    expect(byName.get('social images')?.background).toBe(true);
    const { command, args } = stepCommand(byName.get('social images') as BuildStep);
    expect([command, ...args].join(' ')).toMatch(
      /^(\/usr\/bin\/nice -n 10 )?node \S+src\/build\/social-images\/step\.ts$/,
    );
  });

  it.each(['search index', 'post-build'])(
    'runs %s only after Astro has emptied and filled the output',
    (name) => {
      expect(comesAfter(name, 'astro build')).toBe(true);
    },
  );

  it('places the images after they are drawn, beside the search index', () => {
    expect(comesAfter('post-build', 'social images')).toBe(true);
    expect(comesAfter('post-build', 'search index')).toBe(false);
    expect(comesAfter('search index', 'post-build')).toBe(false);
  });
});
