/**
 * The Affine cell: a batch X, weights W, bias b and an upstream gradient dY go in; the forward
 * output Y = X·W + b and the backward gradients dX, dW, db come out, each with its shape, plus one
 * entry of each gradient worked by hand so the reader can check the matrix formulas against sums.
 */
import { formatNumber } from '../../core/format-number';
import {
  AFFINE_DEFAULTS,
  computeAffine,
  renderAffine,
  type AffineResult,
} from '../classifier/affine-result';
import { matrixField } from '../kit/fields';
import { gridShape } from '../kit/shape';
import type { CellSpec } from '../kit/types';
import { t } from '../../messages';

const list = (row: readonly number[]): string => row.map(formatNumber).join(', ');
const upTo6 = [1, 6] as const;

/** Affine batch cell: editable X, W, b, dY → Y, dX, dW, db with shapes. */
export const affineCell: CellSpec<AffineResult> = {
  kind: 'affine',
  areas: ['classifier'],
  fields: [
    matrixField('x', 'classifier.affineX', AFFINE_DEFAULTS.x, { cols: upTo6 }),
    matrixField('w', 'classifier.affineW', AFFINE_DEFAULTS.w, { rows: upTo6, cols: upTo6 }),
    matrixField('b', 'classifier.affineB', AFFINE_DEFAULTS.b, { rows: [1, 1], cols: upTo6 }),
    matrixField('dY', 'classifier.affineDY', AFFINE_DEFAULTS.dY, { cols: upTo6 }),
  ],
  compute: computeAffine,
  renderResult: renderAffine,
  announce: (r) =>
    t('classifier.affineAnnounce', {
      shape: gridShape(r.y),
      y: list(r.y[0]!),
      db: list(r.db[0]!),
      dx: list(r.dX[0]!),
    }),
};

export default affineCell;
