import type { Matrix } from './matrix';
import { saved } from './saved';
import { checkBias } from './check-affine';

/**
 * The fully connected layer y = x · W + b for a batch: x is N × D (one example per row),
 * W is D × M, and the 1 × M bias b is added to every row. `backward` returns ∂L/∂x and
 * keeps the parameter gradients on the layer as `dW` and `db`.
 */
export class Affine {
  /** ∂L/∂W (D × M); set by `backward`. */
  dW: Matrix | undefined;
  /** ∂L/∂b (1 × M); set by `backward`. */
  db: Matrix | undefined;
  private x: Matrix | undefined;

  constructor(
    readonly W: Matrix,
    readonly b: Matrix,
  ) {
    checkBias(W, b);
  }

  forward(x: Matrix): Matrix {
    this.x = x;
    return x.dot(this.W).addRow(this.b); // y = x · W + b
  }

  backward(dout: Matrix): Matrix {
    const x = saved(this.x, 'Affine');
    const dx = dout.dot(this.W.transpose()); // ∂L/∂x = dout · Wᵀ
    this.dW = x.transpose().dot(dout); // ∂L/∂W = xᵀ · dout
    this.db = dout.columnSums(); // ∂L/∂b = dout summed over the batch (b reached every row)
    return dx;
  }
}
