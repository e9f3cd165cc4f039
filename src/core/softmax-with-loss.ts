import type { Matrix } from './matrix';
import { oneHot, toLabels } from './labels';
import { saved } from './saved';
import { crossEntropy, softmax } from './softmax';

/**
 * Softmax followed by the mean cross-entropy loss over a batch of N rows of scores x.
 * Together their gradient is remarkably simple: ∂L/∂x = (y − t) / N.
 *
 * `t` is either one-hot rows of x's shape (a `Matrix`) or one class index per row
 * (`number[]`); a wrong shape or a label out of range throws a `LabelError`.
 */
export class SoftmaxWithLoss {
  /** The probabilities softmax(x); set by `forward`. */
  y: Matrix | undefined;
  /** The targets as one-hot rows; set by `forward`. */
  t: Matrix | undefined;
  /** The mean loss; set by `forward`. */
  loss: number | undefined;

  forward(x: Matrix, t: Matrix | readonly number[]): number {
    const labels = toLabels(t, x);
    this.t = oneHot(labels, x.cols);
    this.y = softmax(x);
    this.loss = crossEntropy(x, labels); // L = mean of logSumExp(row) − row[label]
    return this.loss;
  }

  backward(dout = 1): Matrix {
    const y = saved(this.y, 'SoftmaxWithLoss');
    const t = saved(this.t, 'SoftmaxWithLoss');
    return y.sub(t).scale(dout / y.rows); // ∂L/∂x = (y − t) · dout / N
  }
}
