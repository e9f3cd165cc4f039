/** One MulLayer run, as the multiply exercises (chapters 3 and 4) state and check it. */
import { MulLayer } from '../mul-layer';

export interface MulLayerRun {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  readonly z: number;
  readonly dx: number;
  readonly dy: number;
}

/** `forward(x, y)`, then `backward(dout)`, by the book's MulLayer. */
export function runMulLayer(x: number, y: number, dout: number): MulLayerRun {
  const layer = new MulLayer();
  const z = layer.forward(x, y);
  const [dx, dy] = layer.backward(dout);
  return { x, y, dout, z, dx, dy };
}
