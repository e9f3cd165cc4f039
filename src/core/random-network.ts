/**
 * A reproducible two-layer network and batch, Affine → ReLU → Affine → Softmax-with-Loss, with
 * weights and data from the seeded generator. Chapter 1 times its gradients in the reader's
 * browser, and `npm run bench` times the same network at the book's size.
 */
import { Affine } from './affine';
import type { TimingNetShape } from './cost-model';
import { Matrix } from './matrix';
import { numericalGradient } from './numerical-gradient';
import { mulberry32 } from './random';
import { Relu } from './relu';
import { SoftmaxWithLoss } from './softmax-with-loss';

/** The network's four parameter matrices. */
export interface NetworkParams {
  readonly W1: Matrix;
  readonly b1: Matrix;
  readonly W2: Matrix;
  readonly b2: Matrix;
}

/** The order in which gradients are listed. */
export const PARAM_NAMES = ['W1', 'b1', 'W2', 'b2'] as const;

/** Weights uniform in (−1, 1), biases in (−0.1, 0.1), inputs in (−1, 1), labels cycling. */
export function randomNetwork(shape: TimingNetShape, seed = 1) {
  const random = mulberry32(seed);
  const grid = (rows: number, cols: number, scale: number): Matrix =>
    Matrix.build(rows, cols, () => (random() * 2 - 1) * scale);
  const params: NetworkParams = {
    W1: grid(shape.inputs, shape.hidden, 1),
    b1: grid(1, shape.hidden, 0.1),
    W2: grid(shape.hidden, shape.classes, 1),
    b2: grid(1, shape.classes, 0.1),
  };
  const x = grid(shape.batch, shape.inputs, 1);
  const labels = Array.from({ length: shape.batch }, (_, i) => i % shape.classes);

  /** Forward through fresh layers; returns the loss and the layers (for a backward pass). */
  const run = (p: NetworkParams) => {
    const affine1 = new Affine(p.W1, p.b1);
    const relu = new Relu();
    const affine2 = new Affine(p.W2, p.b2);
    const lossLayer = new SoftmaxWithLoss();
    const loss = lossLayer.forward(affine2.forward(relu.forward(affine1.forward(x))), labels);
    return { loss, affine1, relu, affine2, lossLayer };
  };

  /** The loss at `p` (default: the network's own parameters): one forward pass. */
  const loss = (p: NetworkParams = params): number => run(p).loss;

  /** The gradient by backpropagation: one forward, one backward. */
  const backprop = (): Matrix[] => {
    const { affine1, relu, affine2, lossLayer } = run(params);
    affine1.backward(relu.backward(affine2.backward(lossLayer.backward(1))));
    return [affine1.dW, affine1.db, affine2.dW, affine2.db].map(required);
  };

  /** The gradient by central differences: every parameter nudged up and down in turn. */
  const numerical = (): Matrix[] =>
    PARAM_NAMES.map((name) =>
      numericalGradient((q: Matrix) => loss({ ...params, [name]: q }), params[name]),
    );

  return { params: PARAM_NAMES.map((name) => params[name]), x, labels, loss, backprop, numerical };
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('random-network: a gradient is missing');
  return value;
}
