/**
 * Chapter 6's worked numbers, computed at build time by core's Affine and SoftmaxWithLoss at the
 * cells' starting values (`AFFINE_DEFAULTS`, `SOFTMAX_DEFAULTS`), so a changed default or a
 * changed layer changes the prose. The softmax paragraph rounds to the digits it reads out.
 */
import { Affine, Matrix, SoftmaxWithLoss, formatNumber } from '../../core/index';
import { AFFINE_DEFAULTS } from '../../render/classifier/affine-result';
import { SOFTMAX_DEFAULTS } from '../../render/classifier/softmax-loss-result';
import { displayMath, inlineMath, texMatrix } from './math';

const f = formatNumber;
const from = (rows: readonly (readonly number[])[]) => Matrix.from(rows.map((r) => [...r]));

/** A row as the prose writes it: `[5, 7, 9]`. */
export function texRow(values: readonly number[]): string {
  return `[${values.map((v) => f(v)).join(', ')}]`;
}

/** `x` rounded to `decimals` places, as the softmax paragraph reads its numbers out. */
export function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return Number(s) === 0 ? (0).toFixed(decimals) : s;
}

/** The Affine layer forward and backward on `x`, with the default W, b and dY. */
function affine(x: Matrix) {
  const layer = new Affine(from(AFFINE_DEFAULTS.w), from(AFFINE_DEFAULTS.b));
  const y = layer.forward(x);
  const dX = layer.backward(from(AFFINE_DEFAULTS.dY));
  return { y, dX, dW: layer.dW!, db: layer.db! };
}

export function affineBatch() {
  const x = from(AFFINE_DEFAULTS.x);
  const w = from(AFFINE_DEFAULTS.w);
  const r = affine(x);
  // The chapter's experiment: the first row of X set to [1, 0].
  const onesFirst = affine(x.with(0, 0, 1).with(0, 1, 0));
  const dWRows = r.dW.toArray();
  return {
    /** X · W with the default X and W, as display math. */
    product: displayMath(
      `X \\cdot W =\n${texMatrix(x)}\n${texMatrix(w)}\n= ${texMatrix(x.dot(w))}`,
    ),
    y: inlineMath(`Y = ${texMatrix(r.y)}`),
    db: inlineMath(`\\mathrm{d}b = ${texRow(r.db.toArray()[0]!)}`),
    /** dW's rows, when they are all the same row (the default X makes them so). */
    dWRow: inlineMath(texRow(dWRows[0]!)),
    dWRowsEqual: dWRows.every((row) => texRow(row) === texRow(dWRows[0]!)),
    /** The first row of dW once X's first row is [1, 0]. */
    dWFirstRowOnes: inlineMath(texRow(onesFirst.dW.toArray()[0]!)),
  };
}

export function softmaxBatch() {
  const layer = new SoftmaxWithLoss();
  const loss = layer.forward(from(SOFTMAX_DEFAULTS.logits), from(SOFTMAX_DEFAULTS.oneHot));
  const dx = layer.backward().toArray();
  const y = layer.y!.toArray();
  const labels = SOFTMAX_DEFAULTS.labels.map((r) => r[0]);
  const [c0, c1] = [labels[0]!, labels[1]!];
  const [y0, y1] = [y[0]!, y[1]!];
  const m = inlineMath;
  // The two-class experiment: logits [0, 0], label on class 0.
  const tie = new SoftmaxWithLoss();
  const tieLoss = tie.forward(Matrix.from([[0, 0]]), [0]);
  const tieDx = tie.backward().toArray()[0]!;
  return {
    /** The first example's probabilities, each as inline math. */
    p0: y0.map((p) => m(fixed(p, 2))),
    /** Its loss, −ln of its true class's probability. */
    loss0: m(`-\\ln ${fixed(y0[c0]!, 2)} \\approx ${fixed(-Math.log(y0[c0]!), 2)}`),
    /** The second example's true-class probability and loss. */
    p1True: m(fixed(y1[c1]!, 2)),
    loss1: m(fixed(-Math.log(y1[c1]!), 2)),
    loss: m(fixed(loss, 3)),
    /** dx at the first row's true class: (y − 1)/N. */
    dxTrue: m(`(${fixed(y0[c0]!, 3)} - 1)/${y.length} \\approx ${fixed(dx[0]![c0]!, 3)}`),
    tieLoss: m(`\\ln 2 \\approx ${f(tieLoss)}`),
    tieDx: m(`\\mathrm{d}x = ${texRow(tieDx)}`),
  };
}
