/**
 * Chapter 5, predict: what does ReLU's backward send where x < 0? Running the book's Relu on a
 * row with both signs shows it: 0 there, dout unchanged where x > 0.
 */
import { Matrix } from '../matrix';
import { picker, type Picker } from './pick';
import { Relu } from '../relu';
import { drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface ReluNegativePredictProblem {
  readonly x: readonly number[];
  readonly dout: readonly number[];
  readonly dx: readonly number[];
}

function draw(pick: Picker): ReluNegativePredictProblem {
  const x = Array.from({ length: 4 }, () => oneDecimal(pick, -3, 3));
  const dout = Array.from({ length: 4 }, () => nonZeroInt(pick, -5, 5));
  const relu = new Relu();
  relu.forward(Matrix.row(x));
  return { x, dout, dx: relu.backward(Matrix.row(dout)).toArray()[0] ?? [] };
}

/** No entry at exactly 0 (that is the kink, another question), and both signs present. */
export function reluNegativePredict(seed: number): ReluNegativePredictProblem {
  return drawUntil(
    picker(seed),
    draw,
    (p) => p.x.every((v) => v !== 0) && p.x.some((v) => v > 0) && p.x.some((v) => v < 0),
  );
}
