import { InputError } from './input-error';
import { Matrix } from './matrix';

/**
 * Targets `t` that don't fit the scores: wrong shape, not one-hot, or a label out of range.
 * An `InputError` for field `t`, so a cell shows the message beside its targets input.
 */
export class LabelError extends InputError {
  constructor(message: string) {
    super('t', message);
  }
}

/**
 * Class labels (one per row of x) from either form of `t`. The form is told by type, never
 * guessed from sizes: a `Matrix` must be one-hot rows of x's shape; an array holds one
 * whole-number class index per row, from 0 to x.cols − 1.
 */
export function toLabels(t: Matrix | readonly number[], x: Matrix): number[] {
  return t instanceof Matrix ? labelsFromOneHot(t, x) : checkLabels(t, x);
}

/** The N × K one-hot matrix for these labels. */
export function oneHot(labels: readonly number[], classes: number): Matrix {
  return Matrix.build(labels.length, classes, (n, k) => (labels[n] === k ? 1 : 0));
}

function checkLabels(t: readonly number[], x: Matrix): number[] {
  if (t.length !== x.rows) {
    throw new LabelError(
      `t has ${t.length} label${t.length === 1 ? '' : 's'} but x has ${x.rows} row${x.rows === 1 ? '' : 's'}; give one class per row.`,
    );
  }
  t.forEach((label, n) => {
    if (!Number.isInteger(label) || label < 0 || label >= x.cols) {
      throw new LabelError(
        `Label ${label} in row ${n} is out of range: with ${x.cols} classes a label is a whole number from 0 to ${x.cols - 1}.`,
      );
    }
  });
  return [...t];
}

function labelsFromOneHot(t: Matrix, x: Matrix): number[] {
  if (t.rows !== x.rows || t.cols !== x.cols) {
    throw new LabelError(`One-hot t is ${t.shape} but x is ${x.shape}; they must match.`);
  }
  return t.toArray().map((row, n) => {
    const ones = row.filter((v) => v === 1).length;
    const zeros = row.filter((v) => v === 0).length;
    if (ones !== 1 || zeros !== row.length - 1) {
      throw new LabelError(`Row ${n} of t is not one-hot: it needs a single 1 and 0s elsewhere.`);
    }
    return row.indexOf(1);
  });
}
