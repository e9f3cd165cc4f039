import { describe, expect, it } from 'vitest';
import {
  MAX_LOSS_POINTS,
  applyUpdate,
  diverging,
  halve,
  startRun,
} from '../../../../src/widgets/trainer/run-state';
import type { Update } from '../../../../src/widgets/trainer/protocol';

const ready = {
  type: 'ready',
  dataset: 'spiral',
  trainSize: 240,
  testSize: 60,
  classes: 3,
} as const;
const evaluation = (step: number, train: number) => ({
  step,
  trainLoss: 1,
  trainAccuracy: train,
  testAccuracy: train / 2,
});
const update = (steps: number, losses: number[], e?: ReturnType<typeof evaluation>): Update => ({
  type: 'update',
  steps,
  running: true,
  losses,
  ...(e ? { evaluation: e } : {}),
});

describe('the page-side run state', () => {
  it('numbers each loss by its step: the batch ends at the summary step', () => {
    const run = startRun(ready);
    applyUpdate(run, update(3, [1.1, 1.0, 0.9]));
    applyUpdate(run, update(5, [0.8, 0.7]));
    expect(run.losses).toEqual([
      { step: 1, value: 1.1 },
      { step: 2, value: 1.0 },
      { step: 3, value: 0.9 },
      { step: 4, value: 0.8 },
      { step: 5, value: 0.7 },
    ]);
    expect(run.steps).toBe(5);
  });

  it('keeps one accuracy point per step (a pause repeats the last summary)', () => {
    const run = startRun(ready);
    applyUpdate(run, update(0, [], evaluation(0, 0.3)));
    applyUpdate(run, update(10, [], evaluation(10, 0.5)));
    applyUpdate(run, { ...update(10, [], evaluation(10, 0.5)), running: false });
    expect(run.train.map((p) => p.step)).toEqual([0, 10]);
    expect(run.test.at(-1)).toEqual({ step: 10, value: 0.25 });
    expect(run.running).toBe(false);
  });

  it('averages neighbours once the losses pass the limit, keeping the last step', () => {
    const run = startRun(ready);
    const n = MAX_LOSS_POINTS + 1;
    applyUpdate(
      run,
      update(
        n,
        Array.from({ length: n }, (_, i) => i),
      ),
    );
    expect(run.losses.length).toBe(Math.ceil(n / 2));
    expect(run.losses[0]).toEqual({ step: 2, value: 0.5 });
    expect(run.losses.at(-1)).toEqual({ step: n, value: n - 1 });
  });

  it('halves pairs by their mean at the later step', () => {
    expect(
      halve([
        { step: 1, value: 2 },
        { step: 2, value: 4 },
        { step: 3, value: 9 },
      ]),
    ).toEqual([
      { step: 2, value: 3 },
      { step: 3, value: 9 },
    ]);
  });

  it('calls a run diverging once its training loss passes twice its start, and keeps saying so', () => {
    const run = startRun(ready);
    const at = (step: number, trainLoss: number) => ({ ...evaluation(step, 0.3), trainLoss });
    applyUpdate(run, update(0, [], at(0, 1.5)));
    expect(diverging(run)).toBeUndefined();
    applyUpdate(run, update(50, [], at(50, 2.9)));
    expect(diverging(run)).toBeUndefined();
    applyUpdate(run, update(100, [], at(100, 3.1)));
    expect(diverging(run)).toEqual({ from: 1.5, to: 3.1, step: 100 });
    // A rate far too high makes the loss leap and fall back by turns: the warning stays, and
    // names the highest loss it reached.
    applyUpdate(run, update(150, [], at(150, 0.4)));
    expect(diverging(run)).toEqual({ from: 1.5, to: 3.1, step: 100 });
    applyUpdate(run, update(200, [], at(200, 9e7)));
    applyUpdate(run, update(250, [], at(250, 5)));
    expect(diverging(run)).toEqual({ from: 1.5, to: 9e7, step: 200 });
    // A fresh network starts without it.
    expect(diverging(startRun(ready))).toBeUndefined();
  });

  it('sees a leap of the mini-batch losses that falls between two evaluations', () => {
    // 240 examples in batches of 60: the mean runs over the last 4 steps.
    const run = startRun({ ...ready, batchSize: 60 });
    applyUpdate(run, update(0, [], { ...evaluation(0, 0.3), trainLoss: 1 }));
    applyUpdate(run, update(4, [1, 0.9, 0.8, 0.7]));
    expect(diverging(run)).toBeUndefined();
    // One unlucky batch of 3 lifts the mean to 1.35, under twice the start: no warning.
    applyUpdate(run, update(5, [3]));
    expect(diverging(run)).toBeUndefined();
    applyUpdate(run, update(8, [50, 0.5, 0.5]));
    expect(diverging(run)).toEqual({ from: 1, to: 13.625, step: 6 });
    applyUpdate(run, update(20, [], { ...evaluation(20, 0.3), trainLoss: 0.5 }));
    expect(diverging(run)?.to).toBe(13.625);
  });

  it('records the step a run diverged at', () => {
    const run = startRun(ready);
    applyUpdate(run, { ...update(7, [3]), running: false, diverged: 8 });
    expect(run.diverged).toBe(8);
  });
});
