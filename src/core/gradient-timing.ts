/**
 * Times the two ways of getting a gradient on a small network built from the book's layers:
 * central differences (2 forward passes per parameter) and backpropagation (one forward, one
 * backward). Pure apart from the clock, which the caller passes in, so tests can use a fake one.
 */
import { Affine } from './affine';
import type { TimingNetShape } from './cost-model';
import { parameterCount } from './cost-model';
import { Matrix } from './matrix';
import { numericalGradient } from './numerical-gradient';
import { Relu } from './relu';
import { SoftmaxWithLoss } from './softmax-with-loss';

/** The network's four parameter matrices, in the order W1, b1, W2, b2. */
type Params = readonly [Matrix, Matrix, Matrix, Matrix];

/** What one timing found. Times are milliseconds per full gradient. */
export interface GradientTiming {
  readonly shape: TimingNetShape;
  readonly parameters: number;
  readonly numericalMs: number;
  readonly backpropMs: number;
  /** numericalMs / backpropMs. */
  readonly ratio: number;
  /**
   * How far apart the two gradients are, ‖a − b‖ / (‖a‖ + ‖b‖) over all parameters: they must
   * agree for the timing to mean anything.
   */
  readonly relativeError: number;
}

/** A reproducible network and batch: weights and data from a seeded generator. */
export function makeTimingNet(shape: TimingNetShape, seed = 1) {
  const random = mulberry32(seed);
  const grid = (rows: number, cols: number, scale: number): Matrix =>
    Matrix.from(
      Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() * 2 - 1) * scale),
      ),
    );
  const params: Params = [
    grid(shape.inputs, shape.hidden, 1),
    grid(1, shape.hidden, 0.1),
    grid(shape.hidden, shape.classes, 1),
    grid(1, shape.classes, 0.1),
  ];
  const x = grid(shape.batch, shape.inputs, 1);
  const labels = Array.from({ length: shape.batch }, (_, i) => i % shape.classes);

  /** Forward through fresh layers; returns the loss and the layers (for a backward pass). */
  const run = ([W1, b1, W2, b2]: Params) => {
    const affine1 = new Affine(W1, b1);
    const relu = new Relu();
    const affine2 = new Affine(W2, b2);
    const lossLayer = new SoftmaxWithLoss();
    const loss = lossLayer.forward(affine2.forward(relu.forward(affine1.forward(x))), labels);
    return { loss, affine1, relu, affine2, lossLayer };
  };

  /** The gradient by backpropagation: one forward, one backward. */
  const backprop = (): Matrix[] => {
    const { affine1, relu, affine2, lossLayer } = run(params);
    affine1.backward(relu.backward(affine2.backward(lossLayer.backward(1))));
    return [affine1.dW, affine1.db, affine2.dW, affine2.db].map(required);
  };

  /** The gradient by central differences: every parameter nudged up and down in turn. */
  const numerical = (): Matrix[] =>
    params.map((p, k) =>
      numericalGradient(
        (q: Matrix) => run(params.map((r, j) => (j === k ? q : r)) as unknown as Params).loss,
        p,
      ),
    );

  return { params, backprop, numerical };
}

/** Times both methods with `now` (milliseconds), repeating each until `minMs` has elapsed. */
export function timeGradients(
  shape: TimingNetShape,
  now: () => number,
  minMs = 30,
): GradientTiming {
  const net = makeTimingNet(shape);
  const numericalMs = perRun(net.numerical, now, minMs);
  const backpropMs = perRun(net.backprop, now, minMs);
  return {
    shape,
    parameters: parameterCount(shape),
    numericalMs,
    backpropMs,
    ratio: numericalMs / backpropMs,
    relativeError: relativeError(net.numerical(), net.backprop()),
  };
}

function perRun(fn: () => unknown, now: () => number, minMs: number): number {
  let runs = 0;
  const start = now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = now() - start;
  } while (elapsed < minMs);
  return elapsed / runs;
}

function relativeError(a: readonly Matrix[], b: readonly Matrix[]): number {
  const x = a.flatMap((m) => m.toArray().flat());
  const y = b.flatMap((m) => m.toArray().flat());
  const norm = (v: readonly number[]): number => Math.hypot(...v);
  const diff = norm(x.map((v, i) => v - (y[i] ?? Number.NaN)));
  const scale = norm(x) + norm(y);
  return scale === 0 ? 0 : diff / scale;
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('gradient-timing: a gradient is missing');
  return value;
}

/** A tiny seeded PRNG (mulberry32): the same network on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
