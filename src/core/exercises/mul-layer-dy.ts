/**
 * Chapter 4, MulLayer in code: after `forward(x, y)`, `backward(dout)` returns [dx, dy] with
 * dy = dout · x. The exercise asks for the second of the pair; the answer comes from MulLayer.
 */
import { runMulLayer, type MulLayerRun } from './mul-layer-run';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export type MulLayerDyProblem = MulLayerRun;

function draw(pick: Picker): MulLayerDyProblem {
  const x = oneDecimal(pick, -5, 5);
  const y = nonZeroInt(pick, -9, 9);
  const dout = nonZeroInt(pick, -5, 5);
  return runMulLayer(x, y, dout);
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
