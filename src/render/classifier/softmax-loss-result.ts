/**
 * The Softmax-with-Loss cell's numbers: logits and labels (in the format the reader chose) in;
 * probabilities, the mean loss, dx = (y − t)/N with its gradient check, and the naive softmax out.
 */
import { t as msg } from '../../messages';
import { SoftmaxWithLoss, Matrix, naiveSoftmax } from '../../core/index';
import type { CellValues } from '../kit/types';
import { matrixInput } from './affine-checks';
import { readLabels, type LabelFormat } from './softmax-labels';
import { checkSoftmaxLoss, type CheckRow } from './gradient-checks';

export interface SoftmaxLossResult {
  readonly logits: number[][];
  readonly format: LabelFormat;
  /** True class per row. */
  readonly classes: number[];
  /** Stable softmax probabilities, N × C. */
  readonly y: number[][];
  /** The textbook formula without the max shift (NaN once exp overflows). */
  readonly naive: number[][];
  /** Mean cross-entropy over the batch. */
  readonly loss: number;
  /** ∂L/∂logits = (y − t)/N. */
  readonly dx: number[][];
  /** dx against central differences of the mean loss with respect to the logits. */
  readonly check: CheckRow[];
}

/** Starting values: two examples, three classes, true classes 2 and 0. */
export const SOFTMAX_DEFAULTS = {
  logits: [
    [0.3, 2.9, 4],
    [2, 1, 0.1],
  ],
  oneHot: [
    [0, 0, 1],
    [1, 0, 0],
  ],
  labels: [[2], [0]],
} as const;

export function computeSoftmaxLoss(values: CellValues): SoftmaxLossResult {
  const logits = matrixInput(values, 'logits', msg('classifier.logitsBatch'));
  const { format, t, classes } = readLabels(values, logits);
  const x = Matrix.from(logits);
  const layer = new SoftmaxWithLoss();
  const loss = layer.forward(x, t);
  const dx = layer.backward();
  return {
    logits: logits.map((r) => [...r]),
    format,
    classes,
    y: layer.y!.toArray(),
    naive: naiveSoftmax(x).toArray(),
    loss,
    dx: dx.toArray(),
    check: checkSoftmaxLoss(x, t, dx),
  };
}
