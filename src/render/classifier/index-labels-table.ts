/**
 * The chapter's batch run through `SoftmaxWithLoss` twice, at build time: once with the
 * labels as class indices [2, 0], once as one-hot rows. The table sets the two dx side by
 * side with their difference, which is 0 in every entry.
 */
import { Matrix } from '../../core/matrix';
import { oneHot } from '../../core/labels';
import { SoftmaxWithLoss } from '../../core/softmax-with-loss';
import { t } from '../../messages/t';
import { columnsTable } from '../html/columns-table';

export const INDEX_LABELS_EXAMPLE = {
  logits: [
    [0.3, 2.9, 4],
    [2, 1, 0.1],
  ],
  labels: [2, 0],
} as const;

/** dx for index labels and for one-hot rows, flattened row by row. */
export function indexAndOneHotDx(
  logits: readonly (readonly number[])[],
  labels: readonly number[],
): { byIndex: number[]; byOneHot: number[] } {
  const x = Matrix.from(logits);
  const dx = (targets: Matrix | readonly number[]): number[] => {
    const layer = new SoftmaxWithLoss();
    layer.forward(x, targets);
    return layer.backward().toArray().flat();
  };
  return { byIndex: dx(labels), byOneHot: dx(oneHot(labels, x.cols)) };
}

export function indexLabelsTable(): string {
  const { logits, labels } = INDEX_LABELS_EXAMPLE;
  const { byIndex, byOneHot } = indexAndOneHotDx(logits, labels);
  const cols = logits[0]!.length;
  const rows = byIndex.map((d, i) => {
    const label = t('lessons.labels.row', {
      n: String(Math.floor(i / cols)),
      k: String(i % cols),
    });
    return [label, [d, byOneHot[i]!, d - byOneHot[i]!]] as const;
  });
  return columnsTable(
    t('lessons.labels.caption'),
    [
      t('lessons.labels.entry'),
      t('lessons.labels.index'),
      t('lessons.labels.oneHot'),
      t('lessons.labels.difference'),
    ],
    rows,
    'backward',
  );
}
