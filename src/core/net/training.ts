import type { Dataset, SplitData } from '../data/dataset';
import { shuffled } from '../data/dataset';
import type { ToySetName } from '../data/toy-sets';
import type { Matrix } from '../matrix';
import { mulberry32 } from '../random';
import { PARAM_NAMES, type NetworkParams } from '../random-network';
import { sgdStep, type SgdState } from './sgd';
import { argmaxRows, TwoLayerNet } from './two-layer-net';

export type DatasetName = ToySetName | 'digits';

export interface TrainSettings {
  hiddenSize: number;
  learningRate: number;
  batchSize: number;
  momentum: number;
  seed: number;
  weightInitStd?: number | undefined;
}

export interface StepRecord {
  /** 1 for the first step. */
  step: number;
  /** The batch's mean loss before this step's update. */
  loss: number;
  /** The training rows in this batch. */
  batch: readonly number[];
  grads: NetworkParams;
  /** Parameters after − before: how far this step moved each one. */
  moved: NetworkParams;
  /**
   * The loss or a parameter stopped being a finite number (the learning rate is too high):
   * the step was not applied, and no later step will be. `loss` may then be ∞ or NaN.
   */
  diverged: boolean;
}

export interface Evaluation {
  step: number;
  trainLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
}

export interface Training {
  readonly net: TwoLayerNet;
  readonly steps: number;
  /** True once a step diverged; the network then keeps its last finite parameters. */
  readonly diverged: boolean;
  step(): StepRecord;
  evaluate(): Evaluation;
}

/**
 * THE training loop (worker, build-time run and Node benchmark all use it): mini-batch SGD
 * on the train half. Weights come from `seed`; batches from a second generator seeded from it,
 * walking a fresh shuffle of the train rows each epoch, so a seed fixes every loss.
 */
export function createTraining(data: SplitData, settings: TrainSettings): Training {
  const { train, test } = data;
  let net = new TwoLayerNet({
    inputSize: train.x.cols,
    hiddenSize: settings.hiddenSize,
    outputSize: train.classes,
    weightInitStd: settings.weightInitStd,
    seed: settings.seed,
  });
  const nextBatch = batches(
    train.x.rows,
    settings.batchSize,
    mulberry32(settings.seed + 0x9e3779b9),
  );
  let sgd: SgdState = { velocity: undefined };
  let steps = 0;
  let diverged = false;

  return {
    get net() {
      return net;
    },
    get steps() {
      return steps;
    },
    get diverged() {
      return diverged;
    },
    step(): StepRecord {
      const batch = nextBatch();
      const x = train.x.pickRows(batch);
      const t = batch.map((i) => train.labels[i]!);
      const before = net.params;
      const grads = net.gradient(x, t);
      const loss = net.lastLayer.loss!;
      steps += 1;
      const next = diverged ? undefined : sgdStep(before, grads, settings, sgd);
      if (!next || !Number.isFinite(loss) || !allFinite(next.params)) {
        diverged = true;
        return { step: steps, loss, batch, grads, moved: difference(before, before), diverged };
      }
      sgd = next.state;
      net = TwoLayerNet.fromParams(next.params);
      return { step: steps, loss, batch, grads, moved: difference(next.params, before), diverged };
    },
    evaluate(): Evaluation {
      const scores = net.predict(train.x); // one forward pass gives both the loss and the accuracy
      return {
        step: steps,
        trainLoss: net.lastLayer.forward(scores, train.labels),
        trainAccuracy: share(argmaxRows(scores), train.labels),
        testAccuracy: net.accuracy(test.x, test.labels),
      };
    },
  };
}

/** The small 2-D sets (moons, circles, XOR) separate within 25–50 steps with these. */
const SMALL_2D: TrainSettings = {
  hiddenSize: 50,
  learningRate: 0.3,
  batchSize: 40,
  momentum: 0.9,
  seed: 1,
  weightInitStd: 0.5,
};

/** Defaults that reach the chapter's numbers (measured by `npm run bench:train`). */
export const DEFAULT_SETTINGS: Record<DatasetName, TrainSettings> = {
  digits: { hiddenSize: 50, learningRate: 0.2, batchSize: 100, momentum: 0.9, seed: 1 },
  spiral: {
    hiddenSize: 100,
    learningRate: 0.5,
    batchSize: 60,
    momentum: 0.9,
    seed: 1,
    weightInitStd: 0.5,
  },
  moons: SMALL_2D,
  circles: SMALL_2D,
  xor: SMALL_2D,
};

/** The class the network picks for each row. */
export function predictions(net: TwoLayerNet, x: Matrix): number[] {
  return argmaxRows(net.predict(x));
}

/** counts[true class][predicted class] over a data set. */
export function confusionMatrix(net: TwoLayerNet, d: Dataset): number[][] {
  const counts = Array.from({ length: d.classes }, () => Array<number>(d.classes).fill(0));
  predictions(net, d.x).forEach((p, n) => {
    counts[d.labels[n]!]![p]! += 1;
  });
  return counts;
}

/** Batches of `size` rows from 0 … n − 1: through a fresh shuffle each epoch, then the next. */
function batches(n: number, size: number, random: () => number): () => number[] {
  const take = Math.min(n, Math.max(1, Math.floor(size) || 1));
  let order: number[] = [];
  return () => {
    const batch: number[] = [];
    while (batch.length < take) {
      if (order.length === 0) order = shuffled(n, random);
      batch.push(order.pop()!);
    }
    return batch;
  };
}

function share(guesses: readonly number[], labels: readonly number[]): number {
  return guesses.filter((g, n) => g === labels[n]).length / labels.length;
}

function difference(after: NetworkParams, before: NetworkParams): NetworkParams {
  const [W1, b1, W2, b2] = PARAM_NAMES.map((k) => after[k].sub(before[k]));
  return { W1: W1!, b1: b1!, W2: W2!, b2: b2! };
}

function allFinite(p: NetworkParams): boolean {
  return PARAM_NAMES.every((k) => p[k].isFinite());
}
