/**
 * The ReLU cell's numbers: the layer's output, mask and dx for the reader's x and dout, and a
 * central-difference check of dx with the relative error per entry.
 */
import { Matrix, Relu, gradientCheck, relativeError } from '../../core/index';
import { InputError } from '../../core/input-error';
import { t } from '../../messages';
import type { CellValues } from '../kit/types';
import { checkOutcome, type CheckOutcome } from './gradient-check';

/** The step of the central difference, as in the chapter's text. */
export const H = 1e-5;

export interface ReluResult {
  readonly x: number[][];
  readonly dout: number[][];
  readonly y: number[][];
  /** As the layer stores it: 1 where x ≤ 0 (gradient blocked), 0 where it passes. */
  readonly mask: number[][];
  readonly dx: number[][];
  /** ∂L/∂x by central differences of L = Σ dout ⊙ ReLU(x). */
  readonly numeric: number[][];
  readonly error: number[][];
  readonly maxError: number;
  /** Core's `gradientCheck`: ‖dx − estimate‖ / (‖dx‖ + ‖estimate‖) over the whole matrix. */
  readonly wholeError: number;
  /** The book's one check rule (`checkOutcome`): agree, disagree, or can't tell. */
  readonly outcome: CheckOutcome;
  /** `outcome === 'agree'`. */
  readonly agree: boolean;
  /** The estimate's rounding noise bound used for `agree`. */
  readonly noise: number;
  /** Entries within h of the kink at 0, where the estimate cannot agree. */
  readonly kinks: number;
}

const matrixOf = (values: CellValues, name: string): Matrix =>
  Matrix.from(values[name] as number[][]);

/** Runs the layer and the check; throws an InputError when dout does not fit x. */
export function computeRelu(values: CellValues): ReluResult {
  const x = matrixOf(values, 'x');
  const dout = matrixOf(values, 'dout');
  if (x.rows !== dout.rows || x.cols !== dout.cols) {
    throw new InputError(
      'dout',
      t('activation.reluShapeMismatch', { dout: `${dout.shape}`, x: `${x.shape}` }),
    );
  }
  const layer = new Relu();
  const y = layer.forward(x);
  const dx = layer.backward(dout);
  const mask = layer.mask!;
  // The loss whose gradient the layer's dx is: L = Σ dout ⊙ ReLU(x).
  const loss = ({ x: m }: Readonly<Record<string, Matrix>>): number =>
    new Relu().forward(m!).mul(dout).sum();
  const report = gradientCheck(loss, { x }, { x: dx }, H);
  const numeric = report.parameters[0]!.numerical;
  const estimates = numeric.toArray().flat();
  const error = dx
    .toArray()
    .map((row, i) => row.map((d, j) => relativeError(d, numeric.get(i, j))));
  // Rounding noise of the estimate: about 1e-16 · Σ|terms of L| / h; allow a wide margin.
  const noise =
    1e-9 *
      y
        .mul(dout)
        .toArray()
        .flat()
        .reduce((a, v) => a + Math.abs(v), 0) +
    1e-300;
  const outcome = checkOutcome(dx.toArray().flat(), estimates, report.maxRelativeError, noise);
  return {
    x: x.toArray(),
    dout: dout.toArray(),
    y: y.toArray(),
    mask: mask.toArray(),
    dx: dx.toArray(),
    numeric: numeric.toArray(),
    error,
    maxError: Math.max(...error.flat()),
    wholeError: report.maxRelativeError,
    outcome,
    agree: outcome === 'agree',
    noise,
    kinks: x
      .toArray()
      .flat()
      .filter((v) => Math.abs(v) < H).length,
  };
}
