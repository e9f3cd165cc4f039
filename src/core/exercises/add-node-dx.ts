/**
 * Chapter 3, the add node: z = x + y receives dout and sends dx = dy = dout back, whatever x and
 * y were. The answer is computed by the book's AddLayer.
 */
import { AddLayer } from '../add-layer';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface AddNodeDxProblem {
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  /** The forward value x + y (a likely wrong answer). */
  readonly z: number;
  readonly dx: number;
}

function draw(pick: Picker): AddNodeDxProblem {
  const x = nonZeroInt(pick, -9, 9);
  const y = nonZeroInt(pick, -9, 9);
  const dout = oneDecimal(pick, -3, 3);
  const layer = new AddLayer();
  const z = layer.forward(x, y);
  const [dx] = layer.backward(dout);
  return { x, y, dout, z, dx };
}

/** The mistakes a hint names, by the number each gives. */
export function addNodeDxMistakes(p: AddNodeDxProblem) {
  return { forward: p.z, multiply: p.dout * p.y, local: 1 } as const;
}

export function addNodeDx(seed: number): AddNodeDxProblem {
  return drawUntil(picker(seed), draw, (p) =>
    allDistinct([p.dx, ...Object.values(addNodeDxMistakes(p))]),
  );
}
