/**
 * The gradient checks the classifier cells show: each gradient backprop found against central
 * differences of the loss it is the gradient of, as one relative error and a verdict per gradient.
 */
import { Affine, Matrix, SoftmaxWithLoss, gradientCheck } from '../../core/index';
import { checkOutcome } from '../activation/gradient-check';

/** The step of the central difference, as in chapter 5's text. */
export const H = 1e-5;

/** One gradient's check, as the cell shows it (plain data: serialisable). */
export interface CheckRow {
  /** The parameter's name (X, W, b, x); the gradient is d + name. */
  readonly name: string;
  /** Core's relative error ‖backprop − estimate‖ / (‖backprop‖ + ‖estimate‖) over the matrix. */
  readonly error: number;
  /** Every entry agrees (allowing for the estimate's rounding noise) and nothing is ∞ or NaN. */
  readonly agree: boolean;
  /**
   * The check can't tell: a value overflowed, or at these sizes the estimate's rounding noise is
   * as large as the difference it measures. Never `agree` then, and not a disagreement either.
   */
  readonly unchecked: boolean;
}

type Params = Readonly<Record<string, Matrix>>;

/**
 * Checks `analytic` against central differences of `lossAt` at `params`. `noise` bounds the
 * estimate's rounding noise in absolute terms (for entries so small the estimate is mostly noise);
 * the verdict is the book's one rule, `checkOutcome`, so an overflow can never make a check agree.
 */
export function checkRows(
  lossAt: (p: Params) => number,
  params: Params,
  analytic: Params,
  noise: number,
): CheckRow[] {
  return gradientCheck(lossAt, params, analytic, H).parameters.map((p) => {
    const a = p.analytic.toArray().flat();
    const n = p.numerical.toArray().flat();
    const outcome = checkOutcome(a, n, p.relativeError, noise);
    return {
      name: p.name,
      error: p.relativeError,
      agree: outcome === 'agree',
      unchecked: outcome === 'unchecked',
    };
  });
}

const abs = (m: Matrix): Matrix => m.map(Math.abs);

/**
 * The Affine layer's dX, dW, db against central differences of L = Σ dY ⊙ (X·W + b), whose
 * gradients they are. Rounding noise of L: about 1e-16 · Σ |dY| (|X|·|W| + |b|), over h.
 */
export function checkAffine(
  x: Matrix,
  w: Matrix,
  b: Matrix,
  dY: Matrix,
  grads: { readonly dX: Matrix; readonly dW: Matrix; readonly db: Matrix },
): CheckRow[] {
  const loss = (p: Params): number => new Affine(p['W']!, p['b']!).forward(p['X']!).mul(dY).sum();
  const terms = abs(x).dot(abs(w)).addRow(abs(b)).mul(abs(dY)).sum();
  return checkRows(
    loss,
    { X: x, W: w, b },
    { X: grads.dX, W: grads.dW, b: grads.db },
    1e-9 * terms + 1e-300,
  );
}

/**
 * Softmax-with-Loss's dx = (y − t)/N against central differences of the mean loss with respect
 * to the logits. Rounding noise of the loss: about 1e-16 · (|L| + the largest |logit|), over h.
 */
export function checkSoftmaxLoss(
  logits: Matrix,
  t: Matrix | readonly number[],
  dx: Matrix,
): CheckRow[] {
  const loss = (p: Params): number => new SoftmaxWithLoss().forward(p['x']!, t);
  const scale = Math.abs(loss({ x: logits })) + Math.max(...logits.toArray().flat().map(Math.abs));
  return checkRows(loss, { x: logits }, { x: dx }, 1e-9 * scale + 1e-300);
}
