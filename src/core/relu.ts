import type { Matrix } from './matrix';
import { saved } from './saved';

/**
 * ReLU, y = max(0, x), entry by entry. `forward` saves a mask marking with 1 every input
 * with x ≤ 0; `backward` stops the gradient there and passes it unchanged elsewhere.
 *
 * The kink: ReLU has no derivative at exactly x = 0. Like most libraries we count 0 as
 * "off" (the mask is `x <= 0`), so the gradient there is 0.
 */
export class Relu {
  /** 1 where the input was ≤ 0 (blocked), 0 where it passed; set by `forward`. */
  mask: Matrix | undefined;

  forward(x: Matrix): Matrix {
    this.mask = x.map((v) => (v <= 0 ? 1 : 0));
    return x.map((v) => (v <= 0 ? 0 : v)); // y = max(0, x)
  }

  backward(dout: Matrix): Matrix {
    const mask = saved(this.mask, 'Relu');
    // ∂L/∂x = dout where x > 0, and 0 where x ≤ 0
    return dout.zip(mask, (d, blocked) => (blocked === 1 ? 0 : d), 'Relu.backward');
  }
}
