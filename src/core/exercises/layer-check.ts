/**
 * The gradient check of one layer on its own, for the find-the-bug exercises: backprop's gradients
 * (from the layer under test, planted bug and all) against central differences of the loss
 * L = Σ dout ⊙ forward(inputs), whose upstream gradient at the layer's output is exactly `dout`.
 */
import { gradientCheck, type GradientCheckReport } from '../gradient-check';
import { Matrix } from '../matrix';
import type { MulLayer } from '../mul-layer';
import { CHECK_THRESHOLD } from '../net/network-check';
import type { Sigmoid } from '../sigmoid';

/** True when the check finds backprop and central differences apart (the bug shows). */
export function checkFails(report: GradientCheckReport): boolean {
  return !(report.maxRelativeError <= CHECK_THRESHOLD);
}

/** A multiply layer's dx and dy at (x, y), checked; `make` gives a fresh layer (maybe buggy). */
export function checkMulLayer(
  make: () => MulLayer,
  x: number,
  y: number,
  dout: number,
): GradientCheckReport {
  const layer = make();
  layer.forward(x, y);
  const [dx, dy] = layer.backward(dout);
  const one = (v: number) => Matrix.from([[v]]);
  const lossAt = (p: Readonly<Record<string, Matrix>>) =>
    dout * make().forward(p['x']!.get(0, 0), p['y']!.get(0, 0));
  return gradientCheck(lossAt, { x: one(x), y: one(y) }, { x: one(dx), y: one(dy) });
}

/** A sigmoid layer's dx at x (one row), checked; `make` gives a fresh layer (maybe buggy). */
export function checkSigmoidLayer(
  make: () => Sigmoid,
  x: Matrix,
  dout: Matrix,
): GradientCheckReport {
  const layer = make();
  layer.forward(x);
  const dx = layer.backward(dout);
  const lossAt = (p: Readonly<Record<string, Matrix>>) => make().forward(p['x']!).mul(dout).sum();
  return gradientCheck(lossAt, { x }, { x: dx });
}
