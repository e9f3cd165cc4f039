import { describe, expect, it } from 'vitest';
import { progressWords } from '../../../../src/widgets/trainer/progress-words';
import { applyUpdate, startRun } from '../../../../src/widgets/trainer/run-state';

const ready = {
  type: 'ready',
  dataset: 'spiral',
  trainSize: 240,
  testSize: 60,
  classes: 3,
} as const;
const quiet = { wasRunning: true, askedToStop: false, warned: false, sinceAnnounce: 100 };

function runAt(step: number, trainLoss: number, running: boolean) {
  const run = startRun(ready);
  const e = (s: number, loss: number) => ({
    step: s,
    trainLoss: loss,
    trainAccuracy: 0.5,
    testAccuracy: 0.25,
  });
  applyUpdate(run, { type: 'update', steps: 0, running: false, losses: [], evaluation: e(0, 1.1) });
  applyUpdate(run, {
    type: 'update',
    steps: step,
    running,
    losses: [1],
    evaluation: e(step, trainLoss),
  });
  return run;
}

describe('what the trainer announces', () => {
  it('stays quiet while training, between the every-few-seconds reports', () => {
    expect(progressWords(runAt(40, 0.9, true), quiet)).toEqual({ problem: '' });
    expect(progressWords(runAt(40, 0.9, true), { ...quiet, sinceAnnounce: 6000 }).say).toBe(
      'Training: step 40, loss 0.9, train accuracy 50.0 %.',
    );
  });

  it('announces the start of training and a pause', () => {
    expect(progressWords(runAt(1, 0.9, true), { ...quiet, wasRunning: false }).say).toMatch(
      /^Training: step 1/,
    );
    expect(progressWords(runAt(40, 0.9, false), quiet).say).toBe(
      'Paused at step 40: loss 0.9, train accuracy 50.0 %, test accuracy 25.0 %.',
    );
    // A paused summary nobody asked for (a fresh network's first) is not announced as a pause.
    expect(
      progressWords(runAt(0, 1.1, false), { ...quiet, wasRunning: false }).say,
    ).toBeUndefined();
  });

  it('says once that a run diverges, and keeps the note', () => {
    const said = progressWords(runAt(40, 5, true), quiet);
    expect(said.problem).toMatch(
      /grown from 1.1 at step 0 to 5 at step 40: the learning rate is too high/,
    );
    expect(said.say).toBe(said.problem);
    expect(progressWords(runAt(40, 5, true), { ...quiet, warned: true })).toEqual({
      problem: said.problem,
    });
  });

  it('names the step of a loss that stopped being a number', () => {
    const run = runAt(40, 0.9, false);
    applyUpdate(run, { type: 'update', steps: 41, running: false, losses: [], diverged: 41 });
    expect(progressWords(run, quiet).problem).toMatch(/^Diverged at step 41/);
  });
});
