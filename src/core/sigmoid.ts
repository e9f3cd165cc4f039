import type { Matrix } from './matrix';
import { saved } from './saved';

/**
 * The sigmoid σ(x) = 1 / (1 + e⁻ˣ), entry by entry. Its derivative needs only the
 * output, σ′(x) = y(1 − y), so `forward` saves y and not x.
 */
export class Sigmoid {
  /** The output y = σ(x); set by `forward`. */
  out: Matrix | undefined;

  forward(x: Matrix): Matrix {
    this.out = x.map(sigmoid);
    return this.out;
  }

  backward(dout: Matrix): Matrix {
    const y = saved(this.out, 'Sigmoid');
    // ∂L/∂x = dout · y(1 − y)
    return dout.zip(y, (d, v) => d * v * (1 - v), 'Sigmoid.backward');
  }
}

/**
 * σ(x) without overflow. e⁻ˣ overflows to Infinity for x < −709, so for negative x we
 * use the equal form eˣ / (1 + eˣ). Either way we only ever compute e^(−|x|) ≤ 1.
 */
export function sigmoid(x: number): number {
  const e = Math.exp(-Math.abs(x));
  return x >= 0 ? 1 / (1 + e) : e / (1 + e);
}
