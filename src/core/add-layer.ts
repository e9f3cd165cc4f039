import { saved } from './saved';

/**
 * The add node: `forward` returns x + y. Both local derivatives are 1, so `backward`
 * passes the upstream gradient through unchanged. Nothing is saved but the fact that
 * `forward` ran, so a backward pass out of order still fails loudly.
 */
export class AddLayer {
  private ran: true | undefined;

  forward(x: number, y: number): number {
    this.ran = true;
    return x + y;
  }

  backward(dout: number): [dx: number, dy: number] {
    saved(this.ran, 'AddLayer');
    const dx = dout * 1; // ∂L/∂x = dout · 1
    const dy = dout * 1; // ∂L/∂y = dout · 1
    return [dx, dy];
  }
}
