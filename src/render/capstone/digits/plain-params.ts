/**
 * Parameters that arrive from other code on the page (the trainer's `bp-trainer-params` event)
 * as plain arrays or as Matrices, checked before use: anything that is not four finite matrices
 * of a two-layer net's shapes is refused (undefined), never thrown.
 */
import { Matrix } from '../../../core/matrix';
import type { NetworkParams } from '../../../core/random-network';
import { fitsTwoLayers } from './params-text';

/** A Matrix that crossed from a worker (structured clone keeps its fields, not its class). */
function clonedMatrix(value: object): Matrix | undefined {
  const { rows, cols, data } = value as { rows?: unknown; cols?: unknown; data?: unknown };
  if (typeof rows !== 'number' || typeof cols !== 'number') return;
  if (!(data instanceof Float64Array) || data.length !== rows * cols || rows < 1 || cols < 1)
    return;
  if (!data.every(Number.isFinite)) return;
  return Matrix.build(rows, cols, (i, j) => data[i * cols + j] as number);
}

/** Rows of finite numbers, a Matrix (or its clone), or (for a bias) one plain row → a Matrix. */
function toMatrix(value: unknown): Matrix | undefined {
  if (value instanceof Matrix) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return clonedMatrix(value);
  }
  if (!Array.isArray(value) || value.length === 0) return;
  const rows: unknown[] = value.every((v) => typeof v === 'number') ? [value] : value;
  if (!rows.every((r) => Array.isArray(r) && r.length > 0 && r.every(Number.isFinite))) return;
  try {
    return Matrix.from(rows as number[][]);
  } catch {
    return undefined; // ragged rows
  }
}

export function paramsFromPlain(data: unknown): NetworkParams | undefined {
  if (typeof data !== 'object' || data === null) return;
  const d = data as Record<string, unknown>;
  const [W1, b1, W2, b2] = [d['W1'], d['b1'], d['W2'], d['b2']].map(toMatrix);
  if (!W1 || !b1 || !W2 || !b2) return;
  const p = { W1, b1, W2, b2 };
  return fitsTwoLayers(p) ? p : undefined;
}
