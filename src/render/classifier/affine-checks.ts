/**
 * Reading the Affine cell's inputs and checking that their shapes fit together, with messages
 * that name both shapes and say which size must change. The layer would also refuse a mismatch,
 * but its message speaks of operations (`dot`); the reader needs to know which grid to fix.
 */
import { InputError } from '../../core/input-error';
import type { CellValues } from '../kit/types';
import { gridShape } from '../kit/shape';

/** A matrix-valued field, or an InputError if the value is missing, empty or ragged. */
export function matrixInput(values: CellValues, name: string, label: string): number[][] {
  const m = values[name];
  if (!Array.isArray(m) || m.length === 0 || (m[0]?.length ?? 0) === 0) {
    throw new InputError(name, `${label} is empty: enter at least one row.`);
  }
  const cols = m[0]!.length;
  if (m.some((row) => row.length !== cols)) {
    throw new InputError(name, `Every row of ${label} needs the same number of entries.`);
  }
  return m;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Throws an InputError beside the first input whose shape doesn't fit X (N × D). */
export function checkAffineShapes(
  x: readonly number[][],
  w: readonly number[][],
  b: readonly number[][],
  dY: readonly number[][],
): void {
  const [n, d] = [x.length, x[0]!.length];
  const m = w[0]!.length;
  if (w.length !== d) {
    throw new InputError(
      'w',
      `W is ${gridShape(w)} but X is ${gridShape(x)}: for X·W, W needs ${plural(d, 'row')}, one per column of X.`,
    );
  }
  if (b.length !== 1 || b[0]!.length !== m) {
    throw new InputError(
      'b',
      `b is ${gridShape(b)} but W is ${gridShape(w)}: b must be one row of ${m} ${m === 1 ? 'entry' : 'entries'}, one per column of W.`,
    );
  }
  if (dY.length !== n || dY[0]!.length !== m) {
    throw new InputError(
      'dY',
      `dY is ${gridShape(dY)} but Y is ${n} × ${m}: the upstream gradient has the shape of the output.`,
    );
  }
}
