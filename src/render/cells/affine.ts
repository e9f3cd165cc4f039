/**
 * The Affine cell: a batch X, weights W, bias b and an upstream gradient dY go in; the forward
 * output Y = X·W + b and the backward gradients dX, dW, db come out, each with its shape, plus one
 * entry of each gradient worked by hand so the reader can check the matrix formulas against sums.
 */
import { Affine, Matrix } from '../../core/index';
import { formatNumber } from '../html/format';
import { escapeHtml } from '../html/escape';
import type { CellSpec, CellValues } from '../kit/types';
import { t } from '../../messages';
import { matrixTable, shapeOf } from '../classifier/matrix-table';
import { checkAffineShapes, matrixInput } from '../classifier/affine-checks';

/** Everything the cell shows, as plain arrays (serialisable; nothing shared with the inputs). */
export interface AffineResult {
  readonly x: number[][];
  readonly w: number[][];
  readonly dY: number[][];
  readonly y: number[][];
  readonly dX: number[][];
  readonly dW: number[][];
  readonly db: number[][];
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
  const layer = new Affine(Matrix.from(w), Matrix.from(b));
  const y = layer.forward(Matrix.from(x));
  const dX = layer.backward(Matrix.from(dY));
  return {
    x: x.map((r) => [...r]),
    w: w.map((r) => [...r]),
    dY: dY.map((r) => [...r]),
    y: y.toArray(),
    dX: dX.toArray(),
    dW: layer.dW!.toArray(),
    db: layer.db!.toArray(),
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
    matrixTable(`Y = X·W + b (${shapeOf(r.y)})`, r.y, 'forward') +
    `</div><div class="bp-matrices bp-backward-group"><p class="bp-group-head">${escapeHtml(t('classifier.backwardHead'))}</p>` +
    matrixTable(`dX = dY·Wᵀ (${shapeOf(r.dX)})`, r.dX, 'backward') +
    matrixTable(`dW = Xᵀ·dY (${shapeOf(r.dW)})`, r.dW, 'backward') +
    matrixTable(t('classifier.dbCaption', { shape: shapeOf(r.db) }), r.db, 'backward') +
    `</div><div class="bp-worked"><p>${escapeHtml(t('classifier.workedHead'))}</p><ul>${worked}</ul></div>` +
    `</div>`
  );
}

const list = (row: readonly number[]): string => row.map(formatNumber).join(', ');

/** Affine batch cell: editable X, W, b, dY → Y, dX, dW, db with shapes. */
export const affineCell: CellSpec<AffineResult> = {
  kind: 'affine',
  fields: [
    {
      kind: 'matrix',
      name: 'x',
      label: 'classifier.affineX',
      initial: AFFINE_DEFAULTS.x,
      rows: [1, 8],
      cols: [1, 6],
    },
    {
      kind: 'matrix',
      name: 'w',
      label: 'classifier.affineW',
      initial: AFFINE_DEFAULTS.w,
      rows: [1, 6],
      cols: [1, 6],
    },
    {
      kind: 'matrix',
      name: 'b',
      label: 'classifier.affineB',
      initial: AFFINE_DEFAULTS.b,
      rows: [1, 1],
      cols: [1, 6],
    },
    {
      kind: 'matrix',
      name: 'dY',
      label: 'classifier.affineDY',
      initial: AFFINE_DEFAULTS.dY,
      rows: [1, 8],
      cols: [1, 6],
    },
  ],
  compute: computeAffine,
  renderResult: renderAffine,
  announce: (r) =>
    t('classifier.affineAnnounce', {
      shape: shapeOf(r.y),
      y: list(r.y[0]!),
      db: list(r.db[0]!),
      dx: list(r.dX[0]!),
    }),
};

export default affineCell;
