/**
 * Chapter 3, the chain rule on a composite: L = (x + y)² as two nodes, t = x + y and L = t².
 * ∂L/∂x = ∂L/∂t · ∂t/∂x = 2t · 1. The book's AddLayer and MulLayer compute it, as chapter 3's
 * worked example does: the square is a multiply node t · t, whose two uses of t add up to 2t on
 * the way back (the branch rule).
 */
import { AddLayer } from '../add-layer';
import { MulLayer } from '../mul-layer';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt } from './draw';

export interface SquareOfSumProblem {
  readonly x: number;
  readonly y: number;
  /** t = x + y */
  readonly t: number;
  /** L = t² */
  readonly L: number;
  /** ∂L/∂t = 2t, what the square node sends back */
  readonly dt: number;
  /** ∂L/∂x = 2t · 1 */
  readonly dx: number;
}

function draw(pick: Picker): SquareOfSumProblem {
  const x = nonZeroInt(pick, -6, 6);
  const y = nonZeroInt(pick, -6, 6);
  const [sum, square] = [new AddLayer(), new MulLayer()];
  const t = sum.forward(x, y);
  const L = square.forward(t, t);
  const [dt1, dt2] = square.backward(1); // ∂L/∂L = 1
  const dt = dt1 + dt2; // t is used twice: its two gradients add up, 2t
  const [dx] = sum.backward(dt);
  return { x, y, t, L, dt, dx };
}

/** The mistakes a hint names, by the number each gives. */
export function squareOfSumMistakes(p: SquareOfSumProblem) {
  return { value: p.L, noTwo: p.t, onlyX: 2 * p.x, noT: 2 } as const;
}

export function squareOfSum(seed: number): SquareOfSumProblem {
  return drawUntil(picker(seed), draw, (p) =>
    allDistinct([p.dx, ...Object.values(squareOfSumMistakes(p))]),
  );
}
