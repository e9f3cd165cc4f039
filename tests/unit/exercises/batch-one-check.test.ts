/**
 * Chapter 7's "predict, then run" on a batch of one (issue 16, part E3): the answer the exercise
 * states for each bug is what the book's check really does at N = 1 (a few seeds each, since a
 * check takes milliseconds), and the reveal shows that run.
 */
import { describe, expect, it } from 'vitest';
import { batchOneCheck } from '../../../src/core/exercises/batch-one-check';
import { checkExample, checkNetwork } from '../../../src/core/net/network-check';
import { PLANTED_BUGS } from '../../../src/core/net/planted-bugs';
import { checkVerdict } from '../../../src/render/capstone/check-table';
import spec from '../../../src/render/exercises/batch-one-check';

const SEEDS = Array.from({ length: 1000 }, (_, i) => i);
const VERDICT = { shape: 'caught-by-shape', numbers: 'caught', passes: 'passed' } as const;

it('draws every bug, always on a batch of one', () => {
  const problems = SEEDS.map(batchOneCheck);
  expect(new Set(problems.map((p) => p.bug))).toEqual(new Set(PLANTED_BUGS));
  expect(problems.every((p) => p.setup.batch === 1)).toBe(true);
});

describe.each(PLANTED_BUGS)('%s', (bug) => {
  const seeds = SEEDS.filter((s) => batchOneCheck(s).bug === bug).slice(0, 3);

  it('states the outcome the check really gives at N = 1', () => {
    for (const seed of seeds) {
      const p = batchOneCheck(seed);
      const { net, x, labels } = checkExample(p.setup);
      expect(checkVerdict(checkNetwork(net, x, labels, bug))).toBe(VERDICT[p.outcome]);
    }
  });

  it('accepts only that outcome; a wrong prediction gets a hint', () => {
    const p = batchOneCheck(seeds[0]!);
    const answer = spec.answer(p);
    if (answer.kind !== 'choice') throw new Error('a choice was expected');
    expect(answer.correct).toBe(p.outcome);
    for (const o of answer.options) {
      if (o.value === p.outcome) expect(spec.hint(p, o.value)).toBeUndefined();
      else expect(spec.hint(p, o.value)).toBeTruthy();
    }
    expect(spec.reveal!(p)).toContain(`is-${VERDICT[p.outcome]}`);
  });
});
