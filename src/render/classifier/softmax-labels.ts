/**
 * Reading the Softmax-with-Loss cell's labels in the format the reader chose, with messages that
 * name the input to fix. The layer checks the same things; these messages speak the cell's words
 * ("the logits", "the one-hot labels") instead of the layer's (`x`, `t`).
 */
import { InputError } from '../../core/input-error';
import { Matrix } from '../../core/index';
import type { CellValues } from '../kit/types';
import { t as msg } from '../../messages';
import { gridShape } from '../kit/shape';

export type LabelFormat = 'onehot' | 'index';

/** Labels ready for `SoftmaxWithLoss.forward`: a Matrix of one-hot rows or an index per row. */
export interface ReadLabels {
  readonly format: LabelFormat;
  readonly t: Matrix | number[];
  /** The true class of each row, whichever form was given. */
  readonly classes: number[];
}

export function readLabels(values: CellValues, logits: readonly number[][]): ReadLabels {
  const format: LabelFormat = values['labelFormat'] === 'index' ? 'index' : 'onehot';
  const [n, c] = [logits.length, logits[0]!.length];
  if (format === 'onehot') {
    const t = values['oneHot'];
    if (!Array.isArray(t) || t.length === 0) {
      throw new InputError('oneHot', msg('classifier.oneHotEmpty'));
    }
    if (t.length !== n || t.some((row) => row.length !== c)) {
      throw new InputError(
        'oneHot',
        msg('classifier.oneHotShape', { labels: gridShape(t), logits: gridShape(logits) }),
      );
    }
    const classes = t.map((row, i) => {
      const ones = row.filter((v) => v === 1).length;
      if (ones !== 1 || row.some((v) => v !== 0 && v !== 1)) {
        throw new InputError('oneHot', msg('classifier.oneHotRow', { row: i + 1 }));
      }
      return row.indexOf(1);
    });
    return { format, t: Matrix.from(t), classes };
  }
  const t = values['labels'];
  if (!Array.isArray(t) || t.length === 0) {
    throw new InputError('labels', msg('classifier.indicesEmpty'));
  }
  if (t.length !== n || t.some((row) => row.length !== 1)) {
    throw new InputError('labels', msg('classifier.indicesShape', { labels: gridShape(t), n }));
  }
  const classes = t.map((row, i) => {
    const k = row[0]!;
    if (!Number.isInteger(k)) {
      throw new InputError('labels', msg('classifier.indexNotWhole', { row: i + 1, c }));
    }
    // Past 2^53 the typed digits were already rounded (…993 reads as …992): never echo them.
    if (!Number.isSafeInteger(k)) {
      throw new InputError('labels', msg('classifier.indexHuge', { row: i + 1, c }));
    }
    if (k < 0 || k >= c) {
      throw new InputError('labels', msg('classifier.indexRange', { k, row: i + 1, c }));
    }
    return k;
  });
  return { format, t: classes, classes };
}
