import { Matrix } from './matrix';
import { toLabels } from './labels';
import { saved } from './saved';
import { crossEntropy, softmax } from './softmax';

/**
 * Softmax followed by the mean cross-entropy loss over a batch of N rows of scores x.
 * Together their gradient is remarkably simple: ∂L/∂x = (y − t) / N.
 *
 * `t` is either one-hot rows of x's shape (a `Matrix`) or one class index per row
 * (`number[]`); a wrong shape or a label out of range throws a `LabelError`. Index labels
 * are kept as they are: `backward` subtracts 1 at each row's true class, so no one-hot
 * matrix is ever built for them.
 */
export class SoftmaxWithLoss {
  /** The probabilities softmax(x); set by `forward`. */
  y: Matrix | undefined;
  /** The targets as one-hot rows, when `forward` was given one-hot rows. */
  t: Matrix | undefined;
  /** The true class of each row, when `forward` was given class indices. */
  labels: readonly number[] | undefined;
  /** The mean loss; set by `forward`. */
  loss: number | undefined;

  forward(x: Matrix, t: Matrix | readonly number[]): number {
    const labels = toLabels(t, x);
    this.t = t instanceof Matrix ? t : undefined;
    this.labels = t instanceof Matrix ? undefined : labels;
    this.y = softmax(x);
    this.loss = crossEntropy(x, labels); // L = mean of logSumExp(row) − row[label]
    return this.loss;
  }

  backward(dout = 1): Matrix {
    const y = saved(this.y, 'SoftmaxWithLoss');
    const labels = this.labels;
    if (labels) {
      // Index labels: t is 1 only at (n, labels[n]), so y − t is y with 1 taken off there.
      const yMinusT = y.map((v, n, k) => (k === labels[n] ? v - 1 : v));
      return yMinusT.scale(dout / y.rows); // ∂L/∂x = (y − t) · dout / N
    }
    const t = saved(this.t, 'SoftmaxWithLoss');
    return y.sub(t).scale(dout / y.rows); // ∂L/∂x = (y − t) · dout / N
  }
}
