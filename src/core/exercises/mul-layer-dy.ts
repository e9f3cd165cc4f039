/**
 * Chapter 4, MulLayer in code: after `forward(x, y)`, `backward(dout)` returns [dx, dy] with
 * dy = dout · x. The exercise asks for the second of the pair; the answer comes from MulLayer.
 */
import { MulLayer } from '../mul-layer';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface MulLayerDyProblem {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  readonly z: number;
  readonly dx: number;
  readonly dy: number;
}

function draw(pick: Picker): MulLayerDyProblem {
  const x = oneDecimal(pick, -5, 5);
  const y = nonZeroInt(pick, -9, 9);
  const dout = nonZeroInt(pick, -5, 5);
  const layer = new MulLayer();
  const z = layer.forward(x, y);
  const [dx, dy] = layer.backward(dout);
  return { x, y, dout, z, dx, dy };
}

/** The mistakes a hint names, by the number each gives. */
export function mulLayerDyMistakes(p: MulLayerDyProblem) {
  return { firstOfPair: p.dx, noUpstream: p.x, forward: p.z } as const;
}

export function mulLayerDy(seed: number): MulLayerDyProblem {
  return drawUntil(picker(seed), draw, (p) =>
    allDistinct([p.dy, ...Object.values(mulLayerDyMistakes(p))]),
  );
}
