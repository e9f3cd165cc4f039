/**
 * Chapter 4, MulLayer in code: after `forward(x, y)`, `backward(dout)` returns [dx, dy] with
 * dy = dout · x. The exercise asks for the second of the pair; the answer comes from MulLayer.
 */
import { MulLayer } from '../mul-layer';
import { mulberry32 } from '../random';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface MulLayerBackwardProblem {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  readonly z: number;
  readonly dx: number;
  readonly dy: number;
}

function draw(random: () => number): MulLayerBackwardProblem {
  const x = oneDecimal(random, -5, 5);
  const y = nonZeroInt(random, -9, 9);
  const dout = nonZeroInt(random, -5, 5);
  const layer = new MulLayer();
  const z = layer.forward(x, y);
  const [dx, dy] = layer.backward(dout);
  return { x, y, dout, z, dx, dy };
}

/** The mistakes a hint names, by the number each gives. */
export function mulLayerBackwardMistakes(p: MulLayerBackwardProblem) {
  return { firstOfPair: p.dx, noUpstream: p.x, forward: p.z } as const;
}

export function mulLayerBackwardProblem(seed: number): MulLayerBackwardProblem {
  return drawUntil(mulberry32(seed), draw, (p) =>
    allDistinct([p.dy, ...Object.values(mulLayerBackwardMistakes(p))]),
  );
}
