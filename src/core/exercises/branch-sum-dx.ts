/**
 * Chapter 3, a value used twice: L = y · x + x · z. The gradient reaches x along two paths, and
 * they add: ∂L/∂x = y + z. Computed by the book's layers, node by node as in the chapter's graph:
 * multiply ① (y · x), multiply ② (x · z), add ③.
 */
import { AddLayer } from '../add-layer';
import { MulLayer } from '../mul-layer';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil, nonZeroInt } from './draw';

export interface BranchSumDxProblem {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly L: number;
  /** What path ① (y · x) and path ② (x · z) send back to x. */
  readonly path1: number;
  readonly path2: number;
  readonly dx: number;
}

function draw(pick: Picker): BranchSumDxProblem {
  const [x, y, z] = [0, 0, 0].map(() => nonZeroInt(pick, -9, 9)) as [number, number, number];
  const [one, two, sum] = [new MulLayer(), new MulLayer(), new AddLayer()];
  const L = sum.forward(one.forward(y, x), two.forward(x, z)); // ①, ②, ③
  const [d1, d2] = sum.backward(1); // ③, from ∂L/∂L = 1
  const [, path1] = one.backward(d1); // ①: x is its second input
  const [path2] = two.backward(d2); // ②: x is its first input
  return { x, y, z, L, path1, path2, dx: path1 + path2 }; // the paths meet at x and add
}

/** The mistakes a hint names, by the number each gives. */
export function branchSumDxMistakes(p: BranchSumDxProblem) {
  return {
    onlyFirst: p.path1,
    onlySecond: p.path2,
    product: p.path1 * p.path2,
    value: p.L,
  } as const;
}

export function branchSumDx(seed: number): BranchSumDxProblem {
  return drawUntil(picker(seed), draw, (p) =>
    allDistinct([p.dx, ...Object.values(branchSumDxMistakes(p))]),
  );
}
