/**
 * Chapter 3, the multiply node: z = x · y receives dout and sends dx = dout · y back, the
 * *other* input. The answer is computed by the book's MulLayer.
 */
import { MulLayer } from '../mul-layer';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface MulNodeDxProblem {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  readonly z: number;
  readonly dx: number;
  readonly dy: number;
}

function draw(pick: Picker): MulNodeDxProblem {
  const x = nonZeroInt(pick, -9, 9);
  const y = nonZeroInt(pick, -9, 9);
  const dout = oneDecimal(pick, -3, 3);
  const layer = new MulLayer();
  const z = layer.forward(x, y);
  const [dx, dy] = layer.backward(dout);
  return { x, y, dout, z, dx, dy };
}

/** The mistakes a hint names, by the number each gives. */
export function mulNodeDxMistakes(p: MulNodeDxProblem) {
  return { unswapped: p.dout * p.x, noUpstream: p.y, forward: p.z, addRule: p.dout } as const;
}

export function mulNodeDx(seed: number): MulNodeDxProblem {
  return drawUntil(picker(seed), draw, (p) =>
    allDistinct([p.dx, ...Object.values(mulNodeDxMistakes(p))]),
  );
}
