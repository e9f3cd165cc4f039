/**
 * Chapter 3, a value used twice: L = y · x + x · z. The gradient reaches x along two paths, and
 * they add: ∂L/∂x = y + z. Computed by the book's graph evaluator on the chapter's own graph.
 */
import { branchGraph, contributions } from '../graph/branch';
import { evaluate } from '../graph/evaluate';
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
  const run = evaluate(branchGraph(), { x, y, z });
  const [one, two] = contributions(run, 'x');
  return {
    x,
    y,
    z,
    L: run.values.get('L') as number,
    path1: one?.grad ?? Number.NaN,
    path2: two?.grad ?? Number.NaN,
    dx: run.grads.get('x') as number,
  };
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
