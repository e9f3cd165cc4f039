import { describe, expect, it } from 'vitest';
import { toySplit } from '../../../src/core/data/toy-sets';
import { createTraining, DEFAULT_SETTINGS } from '../../../src/core/net/training';
import { EVAL_EVERY, netOf, runSeries } from '../../../src/lib/capstone-run';

const data = toySplit('spiral');

describe('the build-time training run', () => {
  it('keeps every loss of the one training loop, and an evaluation every EVAL_EVERY steps', () => {
    const steps = 2 * EVAL_EVERY + 3;
    const run = runSeries(data, DEFAULT_SETTINGS.spiral, steps);
    const direct = createTraining(data, DEFAULT_SETTINGS.spiral);
    const losses = Array.from({ length: 2 * EVAL_EVERY }, () => direct.step().loss);
    const evaluation = direct.evaluate();
    losses.push(...Array.from({ length: 3 }, () => direct.step().loss));
    expect(run.losses).toEqual(losses);
    expect(run.evaluations.map((e) => e.step)).toEqual([0, EVAL_EVERY, 2 * EVAL_EVERY]);
    expect(run.evaluations.at(-1)).toEqual(evaluation);
    expect(run.divergedAt).toBeUndefined();
  });

  it('the final weights, kept as plain rows, make the same network', () => {
    const run = runSeries(data, DEFAULT_SETTINGS.spiral, 10);
    const direct = createTraining(data, DEFAULT_SETTINGS.spiral);
    for (let i = 0; i < 10; i++) direct.step();
    expect(netOf(run).predict(data.test.x).toArray()).toEqual(
      direct.net.predict(data.test.x).toArray(),
    );
  });

  it('a run that diverges records the step, and every loss from then on is NaN, never a number', () => {
    const run = runSeries(data, { ...DEFAULT_SETTINGS.spiral, learningRate: 1e300 }, 40);
    expect(run.divergedAt).toBeGreaterThan(0);
    const at = run.divergedAt!;
    expect(run.losses.slice(0, at - 1).every(Number.isFinite)).toBe(true);
    expect(run.losses.slice(at - 1).every(Number.isNaN)).toBe(true);
  });
});
