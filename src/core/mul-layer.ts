import { saved } from './saved';

/**
 * The multiply node: `forward` returns x · y. Each input's gradient is the upstream
 * gradient times the *other* input, so `forward` saves both.
 */
export class MulLayer {
  private x: number | undefined;
  private y: number | undefined;

  forward(x: number, y: number): number {
    this.x = x;
    this.y = y;
    return x * y;
  }

  backward(dout: number): [dx: number, dy: number] {
    const x = saved(this.x, 'MulLayer');
    const y = saved(this.y, 'MulLayer');
    const dx = dout * y; // ∂L/∂x = dout · y
    const dy = dout * x; // ∂L/∂y = dout · x
    return [dx, dy];
  }
}
