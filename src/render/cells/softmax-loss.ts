/**
 * The Softmax-with-Loss cell: logits (1…4 rows, 2…6 classes) and labels in the format the reader
 * chooses go in; the probabilities (a bar chart per row), the mean loss and dx = (y − t)/N come
 * out, with the naive softmax beside them so a logit of 1000 shows what the max shift prevents.
 *
 * The chart renderer is a parameter: the build draws with Observable Plot, the browser with the
 * byte-sized SVG function that reproduces it (see src/render/plots/).
 */
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages';
import {
  computeSoftmaxLoss,
  SOFTMAX_DEFAULTS,
  type SoftmaxLossResult,
} from '../classifier/softmax-loss-result';
import { renderSoftmaxLoss } from '../classifier/softmax-loss-render';
import { choiceField, matrixField } from '../kit/fields';
import type { CellSpec } from '../kit/types';
import { probabilityBarsSvg, type ProbabilityRow } from '../plots/probability-bars';

const rows = [1, 4] as const;

/** The cell spec, drawing its charts with `bars`. */
export function softmaxLossSpec(
  bars: (row: ProbabilityRow) => string,
): CellSpec<SoftmaxLossResult> {
  return {
    kind: 'softmax-loss',
    areas: ['classifier', 'plots'],
    fields: [
      matrixField('logits', 'classifier.logits', SOFTMAX_DEFAULTS.logits, { rows, cols: [2, 6] }),
      choiceField('labelFormat', 'classifier.labelFormat', 'onehot', [
        ['onehot', 'classifier.oneHotRows'],
        ['index', 'classifier.classIndices'],
      ]),
      {
        ...matrixField('oneHot', 'classifier.labelsOneHot', SOFTMAX_DEFAULTS.oneHot, {
          rows,
          cols: [2, 6],
        }),
        shownWhen: { field: 'labelFormat', value: 'onehot' },
      },
      {
        ...matrixField('labels', 'classifier.labelsIndices', SOFTMAX_DEFAULTS.labels, {
          rows,
          cols: [1, 1],
        }),
        shownWhen: { field: 'labelFormat', value: 'index' },
      },
    ],
    compute: computeSoftmaxLoss,
    // The naive softmax beside the stable one may break (shown in words); the check may be unable
    // to tell (shown as such). Everything else the cell shows must be finite.
    guarded: (r) => [r.logits, r.y, r.loss, r.dx],
    renderResult: (r) => renderSoftmaxLoss(r, bars),
    announce: (r) =>
      t('classifier.softmaxAnnounce', {
        loss: formatNumber(r.loss),
        dx: r.dx[0]!.map(formatNumber).join(', '),
      }),
  };
}

/** The browser's spec: charts redrawn by the pure SVG function (no Plot in the page's JS). */
export default softmaxLossSpec(probabilityBarsSvg);
