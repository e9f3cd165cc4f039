/**
 * The Affine cell's numbers and outputs: reading X, W, b and dY, running the layer, and the HTML
 * of Y, dX, dW and db with one entry of each gradient worked by hand, and their gradient check.
 */
import { Affine, Matrix } from '../../core/index';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages';
import { escapeHtml } from '../html/escape';
import { matrixTable } from '../kit/result-tables';
import { gridShape } from '../kit/shape';
import type { CellValues } from '../kit/types';
import { checkAffineShapes, matrixInput } from './affine-checks';
import { checkGroup } from './check-html';
import { checkAffine, type CheckRow } from './gradient-checks';

/** Everything the cell shows, as plain arrays (serialisable; nothing shared with the inputs). */
export interface AffineResult {
  readonly x: number[][];
  readonly w: number[][];
  readonly dY: number[][];
  readonly y: number[][];
  readonly dX: number[][];
  readonly dW: number[][];
  readonly db: number[][];
  /** dX, dW, db against central differences of L = Σ dY ⊙ Y. */
  readonly check: CheckRow[];
}

/**
 * The starting values. X·W = [[0, 0, 0], [10, 10, 10]]: the first example is all zeros and the
 * second adds W's two rows, [1, 2, 3] + [9, 8, 7]. With b = [1, 2, 3] that gives
 * Y = [[1, 2, 3], [11, 12, 13]], and dY = [[1, 2, 3], [4, 5, 6]] gives db = [5, 7, 9].
 */
export const AFFINE_DEFAULTS = {
  x: [
    [0, 0],
    [1, 1],
  ],
  w: [
    [1, 2, 3],
    [9, 8, 7],
  ],
  b: [[1, 2, 3]],
  dY: [
    [1, 2, 3],
    [4, 5, 6],
  ],
} as const;

export function computeAffine(values: CellValues): AffineResult {
  const x = matrixInput(values, 'x', 'X');
  const w = matrixInput(values, 'w', 'W');
  const b = matrixInput(values, 'b', 'b');
  const dY = matrixInput(values, 'dY', 'dY');
  checkAffineShapes(x, w, b, dY);
  const [xm, wm, bm, dYm] = [Matrix.from(x), Matrix.from(w), Matrix.from(b), Matrix.from(dY)];
  const layer = new Affine(wm, bm);
  const y = layer.forward(xm);
  const dX = layer.backward(dYm);
  const [dW, db] = [layer.dW!, layer.db!];
  return {
    x: x.map((r) => [...r]),
    w: w.map((r) => [...r]),
    dY: dY.map((r) => [...r]),
    y: y.toArray(),
    dX: dX.toArray(),
    dW: dW.toArray(),
    db: db.toArray(),
    check: checkAffine(xm, wm, bm, dYm, { dX, dW, db }),
  };
}

/** A number inside a worked sum: negatives in parentheses so "1 × (−2)" reads unambiguously. */
const term = (v: number): string => (v < 0 ? `(${formatNumber(v)})` : formatNumber(v));
const products = (a: readonly number[], b: readonly number[]): string =>
  a.map((v, k) => `${term(v)} × ${term(b[k]!)}`).join(' + ');

/** One entry of each gradient, written as the sum the matrix product stands for. */
export function workedEntries(r: AffineResult): string[] {
  const dYRow = r.dY[0]!;
  const wRow = r.w[0]!;
  const xCol = r.x.map((row) => row[0]!);
  const dYCol = r.dY.map((row) => row[0]!);
  return [
    t('classifier.workedDx', { sum: products(dYRow, wRow), value: formatNumber(r.dX[0]![0]!) }),
    t('classifier.workedDw', { sum: products(xCol, dYCol), value: formatNumber(r.dW[0]![0]!) }),
    t('classifier.workedDb', {
      sum: dYCol.map(term).join(' + '),
      value: formatNumber(r.db[0]![0]!),
    }),
  ];
}

export function renderAffine(r: AffineResult): string {
  const worked = workedEntries(r)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('');
  return (
    `<div class="bp-affine-out">` +
    `<div class="bp-matrices bp-forward-group"><p class="bp-group-head">${escapeHtml(t('classifier.forwardHead'))}</p>` +
    matrixTable(`Y = X·W + b (${gridShape(r.y)})`, r.y, 'forward') +
    `</div><div class="bp-matrices bp-backward-group"><p class="bp-group-head">${escapeHtml(t('classifier.backwardHead'))}</p>` +
    matrixTable(`dX = dY·Wᵀ (${gridShape(r.dX)})`, r.dX, 'backward') +
    matrixTable(`dW = Xᵀ·dY (${gridShape(r.dW)})`, r.dW, 'backward') +
    matrixTable(t('classifier.dbCaption', { shape: gridShape(r.db) }), r.db, 'backward') +
    `</div><div class="bp-worked"><p>${escapeHtml(t('classifier.workedHead'))}</p><ul>${worked}</ul></div>` +
    checkGroup(t('classifier.affineCheckCaption'), r.check) +
    `</div>`
  );
}
