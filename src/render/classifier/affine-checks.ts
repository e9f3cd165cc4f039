/**
 * Reading the Affine cell's inputs and checking that their shapes fit together, with messages
 * that name both shapes and say which size must change. The layer would also refuse a mismatch,
 * but its message speaks of operations (`dot`); the reader needs to know which grid to fix.
 */
import { InputError } from '../../core/input-error';
import type { CellValues } from '../kit/types';
import { t } from '../../messages';
import { gridShape } from '../kit/shape';

/**
 * A matrix-valued field, or an InputError if the value is missing, empty or ragged. `label` names
 * the matrix in the message: a symbol ("W") or catalogue words, already looked up.
 */
export function matrixInput(values: CellValues, name: string, label: string): number[][] {
  const m = values[name];
  if (!Array.isArray(m) || m.length === 0 || (m[0]?.length ?? 0) === 0) {
    throw new InputError(name, t('classifier.matrixEmpty', { name: label }));
  }
  const cols = m[0]!.length;
  if (m.some((row) => row.length !== cols)) {
    throw new InputError(name, t('classifier.matrixRagged', { name: label }));
  }
  return m;
}

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
    const p = { w: gridShape(w), x: gridShape(x), d, rows: w.length };
    throw new InputError('w', t('classifier.wRows', p));
  }
  if (b.length !== 1 || b[0]!.length !== m) {
    throw new InputError('b', t('classifier.bShape', { b: gridShape(b), w: gridShape(w), m }));
  }
  if (dY.length !== n || dY[0]!.length !== m) {
    throw new InputError('dY', t('classifier.dYShape', { dY: gridShape(dY), n, m }));
  }
}
