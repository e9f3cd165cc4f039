/**
 * Chapter 3, the add node: z = x + y receives dout and sends dx = dy = dout back, whatever x and
 * y were. The answer is computed by the book's AddLayer.
 */
import { AddLayer } from '../add-layer';
import { mulberry32 } from '../random';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface AddNodeProblem {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  /** The forward value x + y (a likely wrong answer). */
  readonly z: number;
  readonly dx: number;
}

function draw(random: () => number): AddNodeProblem {
  const x = nonZeroInt(random, -9, 9);
  const y = nonZeroInt(random, -9, 9);
  const dout = oneDecimal(random, -3, 3);
  const layer = new AddLayer();
  const z = layer.forward(x, y);
  const [dx] = layer.backward(dout);
  return { x, y, dout, z, dx };
}

/** The mistakes a hint names, by the number each gives. */
export function addNodeMistakes(p: AddNodeProblem) {
  return { forward: p.z, multiply: p.dout * p.y, local: 1 } as const;
}

export function addNodeProblem(seed: number): AddNodeProblem {
  return drawUntil(mulberry32(seed), draw, (p) =>
    allDistinct([p.dx, ...Object.values(addNodeMistakes(p))]),
  );
}
