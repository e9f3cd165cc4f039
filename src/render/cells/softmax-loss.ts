/**
 * The Softmax-with-Loss cell: logits (1…4 rows, 2…6 classes) and labels in the format the reader
 * chooses go in; the probabilities (a bar chart per row), the mean loss and dx = (y − t)/N come
 * out, with the naive softmax beside them so a logit of 1000 shows what the max shift prevents.
 *
 * The chart renderer is a parameter: the build draws with Observable Plot, the browser with the
 * byte-sized SVG function that reproduces it (see src/render/plots/).
 */
import { SoftmaxWithLoss, Matrix, naiveSoftmax } from '../../core/index';
import { formatNumber } from '../html/format';
import type { CellSpec, CellValues } from '../kit/types';
import { t as msg } from '../../messages';
import { probabilityBarsSvg, type ProbabilityRow } from '../plots/probability-bars';
import { matrixInput } from '../classifier/affine-checks';
import { readLabels, type LabelFormat } from '../classifier/softmax-labels';
import { renderSoftmaxLoss } from '../classifier/softmax-loss-render';

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
  };
}

/** The cell spec, drawing its charts with `bars`. */
export function softmaxLossSpec(
  bars: (row: ProbabilityRow) => string,
): CellSpec<SoftmaxLossResult> {
  return {
    kind: 'softmax-loss',
    fields: [
      {
        kind: 'matrix',
        name: 'logits',
        label: 'classifier.logits',
        initial: SOFTMAX_DEFAULTS.logits,
        rows: [1, 4],
        cols: [2, 6],
      },
      {
        kind: 'choice',
        name: 'labelFormat',
        label: 'classifier.labelFormat',
        options: [
          { value: 'onehot', label: 'classifier.oneHotRows' },
          { value: 'index', label: 'classifier.classIndices' },
        ],
        initial: 'onehot',
      },
      {
        kind: 'matrix',
        name: 'oneHot',
        label: 'classifier.labelsOneHot',
        initial: SOFTMAX_DEFAULTS.oneHot,
        rows: [1, 4],
        cols: [2, 6],
      },
      {
        kind: 'matrix',
        name: 'labels',
        label: 'classifier.labelsIndices',
        initial: SOFTMAX_DEFAULTS.labels,
        rows: [1, 4],
        cols: [1, 1],
      },
    ],
    compute: computeSoftmaxLoss,
    renderResult: (r) => renderSoftmaxLoss(r, bars),
    announce: (r) =>
      msg('classifier.softmaxAnnounce', {
        loss: formatNumber(r.loss),
        dx: r.dx[0]!.map(formatNumber).join(', '),
      }),
  };
}

/** The browser's spec: charts redrawn by the pure SVG function (no Plot in the page's JS). */
export default softmaxLossSpec(probabilityBarsSvg);
