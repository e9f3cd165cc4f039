import { Matrix } from '../matrix';
import { mulberry32 } from '../random';
import { PARAM_NAMES, type NetworkParams } from '../random-network';
import { relativeError } from '../relative-error';
import { ShapeError } from '../shape-error';
import { buggyGradient, type PlantedBug } from './planted-bugs';
import { TwoLayerNet, type Targets } from './two-layer-net';

export interface ParamCheck {
  name: 'W1' | 'b1' | 'W2' | 'b2';
  /** The mean of |backprop − numerical| over the parameter's entries. */
  meanAbsDiff: number;
  relativeError: number;
}

export type NetworkCheck =
  { kind: 'compared'; params: ParamCheck[] } | { kind: 'shape-error'; message: string };

/**
 * The chapter's gradient check: 64 inputs, 10 hidden units, 10 classes, 3 examples. N ≥ 2 so a
 * missing 1/N shows; W1 is not square, so a transpose mistake there cannot hide.
 */
export const CHECK_SETUP = {
  inputSize: 64,
  hiddenSize: 10,
  outputSize: 10,
  batch: 3,
  seed: 7,
} as const;

/** The sizes and seed of a check. */
export interface CheckSetup {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  batch: number;
  seed: number;
}

/** Above this relative error the check says the gradients disagree. */
export const CHECK_THRESHOLD = 1e-4;

/**
 * The check's network and batch from CHECK_SETUP: weights from the seeded Gaussian (std 0.01),
 * inputs uniform in [0, 1) like the digits' pixels, labels 0, 1, 2, ….
 */
export function checkExample(setup: CheckSetup = CHECK_SETUP): {
  net: TwoLayerNet;
  x: Matrix;
  labels: number[];
} {
  const net = new TwoLayerNet(setup);
  const random = mulberry32(setup.seed + 1);
  const x = Matrix.build(setup.batch, setup.inputSize, () => random());
  const labels = Array.from({ length: setup.batch }, (_, n) => n % setup.outputSize);
  return { net, x, labels };
}

/**
 * Backprop's gradients (with `bug` planted, if given) against central differences, per
 * parameter. A shape error in backprop, or a gradient of the wrong shape, is reported as such.
 */
export function checkNetwork(
  net: TwoLayerNet,
  x: Matrix,
  t: Targets,
  bug?: PlantedBug,
): NetworkCheck {
  let backprop: NetworkParams;
  try {
    backprop = bug ? buggyGradient(net, x, t, bug) : net.gradient(x, t);
  } catch (error) {
    if (error instanceof ShapeError) return { kind: 'shape-error', message: error.message };
    throw error;
  }
  const numerical = net.numericalGradient(x, t);
  const params: ParamCheck[] = [];
  for (const name of PARAM_NAMES) {
    const [a, b] = [backprop[name], numerical[name]];
    if (a.rows !== b.rows || a.cols !== b.cols) {
      return {
        kind: 'shape-error',
        message: `${name}: backprop gives ${a.shape}, the parameter is ${b.shape}`,
      };
    }
    const meanAbsDiff =
      a
        .sub(b)
        .toArray()
        .flat()
        .reduce((s, v) => s + Math.abs(v), 0) /
      (a.rows * a.cols);
    params.push({ name, meanAbsDiff, relativeError: relativeError(a, b) });
  }
  return { kind: 'compared', params };
}
