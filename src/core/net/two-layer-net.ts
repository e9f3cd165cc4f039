import { Affine } from '../affine';
import { toLabels } from '../labels';
import { Matrix } from '../matrix';
import { numericalGradient } from '../numerical-gradient';
import { gaussian, mulberry32 } from '../random';
import type { NetworkParams } from '../random-network';
import { PARAM_NAMES } from '../random-network';
import { Relu } from '../relu';
import { SoftmaxWithLoss } from '../softmax-with-loss';

export interface TwoLayerNetOptions {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  /** The standard deviation of the initial weights (default 0.01). */
  weightInitStd?: number | undefined;
  seed: number;
}

/** One-hot rows or one class index per row, as `SoftmaxWithLoss` takes them. */
export type Targets = Matrix | readonly number[];

/** A layer the network can run forward and backward: the book's Affine or ReLU. */
export type Layer = Affine | Relu;

/**
 * The book's layers assembled: Affine → ReLU → Affine, then Softmax-with-Loss. They are held as
 * an ordered list, so the forward pass runs the list and the backward pass runs it reversed.
 */
export class TwoLayerNet {
  readonly layers: readonly [Affine, Relu, Affine];
  readonly lastLayer = new SoftmaxWithLoss();

  constructor(options: TwoLayerNetOptions | NetworkParams) {
    const p = 'W1' in options ? options : initialParams(options);
    this.layers = [new Affine(p.W1, p.b1), new Relu(), new Affine(p.W2, p.b2)];
  }

  /** A network with these weights and biases (b as 1 × M rows). */
  static fromParams(p: NetworkParams): TwoLayerNet {
    return new TwoLayerNet(p);
  }

  get params(): NetworkParams {
    const [affine1, , affine2] = this.layers;
    return { W1: affine1.W, b1: affine1.b, W2: affine2.W, b2: affine2.b };
  }

  /** The scores, N × outputSize, before softmax. */
  predict(x: Matrix): Matrix {
    return this.layers.reduce((h, layer) => layer.forward(h), x);
  }

  /** The mean cross-entropy over the batch. */
  loss(x: Matrix, t: Targets): number {
    return this.lastLayer.forward(this.predict(x), t);
  }

  /** The share of rows whose highest score is the true class, 0…1. */
  accuracy(x: Matrix, t: Targets): number {
    const scores = this.predict(x);
    const labels = toLabels(t, scores);
    const guesses = argmaxRows(scores);
    return guesses.filter((g, n) => g === labels[n]).length / labels.length;
  }

  /** Backpropagation: forward through the list, then backward through it reversed. */
  gradient(x: Matrix, t: Targets): NetworkParams {
    return backprop(this.layers, this.lastLayer, x, t);
  }

  /** Central differences: every parameter nudged up and down, two forward passes each. */
  numericalGradient(x: Matrix, t: Targets): NetworkParams {
    const p = this.params;
    const along = (name: (typeof PARAM_NAMES)[number]) =>
      numericalGradient((q) => TwoLayerNet.fromParams({ ...p, [name]: q }).loss(x, t), p[name]);
    return { W1: along('W1'), b1: along('b1'), W2: along('W2'), b2: along('b2') };
  }
}

/**
 * The gradients of Affine → ReLU → Affine → loss by one forward and one backward pass through
 * these layers (the planted bugs pass broken ones). The affine layers keep dW and db.
 */
export function backprop(
  layers: readonly [Affine, Relu, Affine],
  lastLayer: SoftmaxWithLoss,
  x: Matrix,
  t: Targets,
): NetworkParams {
  lastLayer.forward(
    layers.reduce<Matrix>((h, layer) => layer.forward(h), x),
    t,
  );
  let dout = lastLayer.backward(1);
  for (const layer of [...layers].reverse()) dout = layer.backward(dout);
  const [affine1, , affine2] = layers;
  return {
    W1: required(affine1.dW),
    b1: required(affine1.db),
    W2: required(affine2.dW),
    b2: required(affine2.db),
  };
}

/** The index of the highest entry in each row (the first one on a tie). */
export function argmaxRows(scores: Matrix): number[] {
  return scores.toArray().map((row) => row.reduce((best, v, k) => (v > row[best]! ? k : best), 0));
}

function initialParams(o: TwoLayerNetOptions): NetworkParams {
  const normal = gaussian(mulberry32(o.seed));
  const std = o.weightInitStd ?? 0.01;
  return {
    W1: Matrix.build(o.inputSize, o.hiddenSize, () => std * normal()),
    b1: Matrix.zeros(1, o.hiddenSize),
    W2: Matrix.build(o.hiddenSize, o.outputSize, () => std * normal()),
    b2: Matrix.zeros(1, o.outputSize),
  };
}

function required(m: Matrix | undefined): Matrix {
  if (m === undefined) throw new Error('TwoLayerNet: backward left a gradient unset');
  return m;
}
