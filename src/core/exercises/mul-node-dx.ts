/**
 * Chapter 3, the multiply node: z = x · y receives dout and sends dx = dout · y back, the
 * *other* input. The answer is computed by the book's MulLayer.
 */
import { runMulLayer, type MulLayerRun } from './mul-layer-run';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export type MulNodeDxProblem = MulLayerRun;

function draw(pick: Picker): MulNodeDxProblem {
  const x = nonZeroInt(pick, -9, 9);
  const y = nonZeroInt(pick, -9, 9);
  const dout = oneDecimal(pick, -3, 3);
  return runMulLayer(x, y, dout);
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
