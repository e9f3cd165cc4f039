/**
 * Chapter 3, the multiply node: z = x · y receives dout and sends dx = dout · y back, the
 * *other* input. The answer is computed by the book's MulLayer.
 */
import { MulLayer } from '../mul-layer';
import { mulberry32 } from '../random';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface MulNodeProblem {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  readonly z: number;
  readonly dx: number;
  readonly dy: number;
}

function draw(random: () => number): MulNodeProblem {
  const x = nonZeroInt(random, -9, 9);
  const y = nonZeroInt(random, -9, 9);
  const dout = oneDecimal(random, -3, 3);
  const layer = new MulLayer();
  const z = layer.forward(x, y);
  const [dx, dy] = layer.backward(dout);
  return { x, y, dout, z, dx, dy };
}

/** The mistakes a hint names, by the number each gives. */
export function mulNodeMistakes(p: MulNodeProblem) {
  return { unswapped: p.dout * p.x, noUpstream: p.y, forward: p.z, addRule: p.dout } as const;
}

export function mulNodeProblem(seed: number): MulNodeProblem {
  return drawUntil(mulberry32(seed), draw, (p) =>
    allDistinct([p.dx, ...Object.values(mulNodeMistakes(p))]),
  );
}
