import { describe, expect, it } from 'vitest';
import { toySplit } from '../../../../src/core/data/toy-sets';
import { Matrix } from '../../../../src/core/matrix';
import {
  confusionMatrix,
  createTraining,
  DEFAULT_SETTINGS,
  predictions,
  type TrainSettings,
} from '../../../../src/core/net/training';
import { TwoLayerNet } from '../../../../src/core/net/two-layer-net';
import { PARAM_NAMES } from '../../../../src/core/random-network';
import { loadDigits } from '../../../../src/lib/digits-data';

const losses = (settings: TrainSettings, steps: number, data = toySplit('moons')) => {
  const training = createTraining(data, settings);
  return Array.from({ length: steps }, () => training.step().loss);
};

/** The first evaluation (every `every` steps, up to `budget`) at which `reached` holds, or undefined. */
function stepsTo(
  name: 'digits' | 'spiral',
  reached: (e: { trainAccuracy: number; testAccuracy: number }) => boolean,
  budget: number,
  every = 50,
) {
  const data = name === 'digits' ? loadDigits() : toySplit(name);
  const training = createTraining(data, DEFAULT_SETTINGS[name]);
  while (training.steps < budget) {
    for (let i = 0; i < every; i++) training.step();
    if (reached(training.evaluate())) return training.steps;
  }
  return undefined;
}

describe('createTraining', () => {
  const settings = DEFAULT_SETTINGS.moons;

  it('is reproducible: the same settings give identical losses; another seed differs', () => {
    const a = losses(settings, 30);
    expect(losses(settings, 30)).toEqual(a);
    expect(losses({ ...settings, seed: settings.seed + 1 }, 30)).not.toEqual(a);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('starts at ln(classes) with a fresh 0.01-std net, and the loss falls', () => {
    const digits = createTraining(loadDigits(), {
      ...DEFAULT_SETTINGS.digits,
      weightInitStd: 0.01,
    });
    expect(digits.step().loss).toBeCloseTo(Math.log(10), 3);
    const first = digits.evaluate().trainLoss;
    for (let i = 0; i < 50; i++) digits.step();
    expect(digits.evaluate().trainLoss).toBeLessThan(first * 0.7);
  });

  it('records each step: its batch, the grads, and moved = params after − before', () => {
    const training = createTraining(toySplit('moons'), { ...settings, batchSize: 7 });
    const before = training.net.params;
    const record = training.step();
    expect(record.step).toBe(1);
    expect(record.batch).toHaveLength(7);
    expect(new Set(record.batch).size).toBe(7);
    expect(record.diverged).toBe(false);
    const after = training.net.params;
    for (const k of PARAM_NAMES) {
      const moved = after[k].sub(before[k]).toArray();
      expect(record.moved[k].toArray()).toEqual(moved);
      expect(record.grads[k].shape).toBe(before[k].shape);
    }
    // Step 1 of momentum SGD moves by −η·g exactly.
    const expected = record.grads.W2.scale(-settings.learningRate).toArray().flat();
    record.moved.W2.toArray()
      .flat()
      .forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  });

  it('an epoch visits every training row once before any repeats', () => {
    const data = toySplit('xor'); // 160 train rows
    const training = createTraining(data, { ...settings, batchSize: 40 });
    const seen = Array.from({ length: 4 }, () => training.step().batch).flat();
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 160 }, (_, i) => i));
  });

  it('a learning rate far too high diverges: flagged, no throw, params stay finite', () => {
    const training = createTraining(toySplit('spiral'), {
      ...DEFAULT_SETTINGS.spiral,
      learningRate: 1e154,
    });
    const records = Array.from({ length: 20 }, () => training.step());
    const first = records.findIndex((r) => r.diverged);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(records.slice(first).every((r) => r.diverged)).toBe(true);
    expect(training.diverged).toBe(true);
    const p = training.net.params;
    expect(PARAM_NAMES.every((k) => p[k].toArray().flat().every(Number.isFinite))).toBe(true);
    const e = training.evaluate();
    expect(Number.isNaN(e.trainAccuracy)).toBe(false);
  });

  it('a nonsense batch size falls back to one row, and never more than the train set', () => {
    const data = toySplit('moons');
    expect(createTraining(data, { ...settings, batchSize: Number.NaN }).step().batch).toHaveLength(
      1,
    );
    expect(createTraining(data, { ...settings, batchSize: 10_000 }).step().batch).toHaveLength(160);
  });
});

describe('predictions and confusionMatrix', () => {
  it('count [true][predicted] by argmax, on a net worked by hand', () => {
    // Scores = x itself (identity weights, ReLU passes positives): the larger column wins.
    const I = Matrix.from([
      [1, 0],
      [0, 1],
    ]);
    const net = TwoLayerNet.fromParams({
      W1: I,
      b1: Matrix.row([0, 0]),
      W2: I,
      b2: Matrix.row([0, 0]),
    });
    const x = Matrix.from([
      [2, 1],
      [1, 2],
      [3, 0],
    ]);
    expect(predictions(net, x)).toEqual([0, 1, 0]);
    expect(confusionMatrix(net, { x, labels: [0, 0, 1], classes: 2 })).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });
});

describe('DEFAULT_SETTINGS reach the chapter’s numbers (a step budget, not a time)', () => {
  it('digits: test accuracy ≥ 95 % within 1 000 steps', () => {
    expect(stepsTo('digits', (e) => e.testAccuracy >= 0.95, 1000)).toBeDefined();
  }, 60_000);

  it('spiral: train accuracy ≥ 97 % within 1 000 steps', () => {
    expect(stepsTo('spiral', (e) => e.trainAccuracy >= 0.97, 1000)).toBeDefined();
  }, 60_000);
});
