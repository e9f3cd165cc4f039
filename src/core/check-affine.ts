import type { Matrix } from './matrix';
import { ShapeError, shapeText } from './shape-error';

/** An Affine layer's bias must be one row with one entry per output column of W. */
export function checkBias(W: Matrix, b: Matrix): void {
  if (b.rows !== 1 || b.cols !== W.cols) {
    throw new ShapeError(
      'Affine',
      `W is ${W.shape}, so b must be (${shapeText(1, W.cols)}), but it is ${b.shape}`,
    );
  }
}
