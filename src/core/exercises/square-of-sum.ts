/**
 * Chapter 3, the chain rule on a composite: L = (x + y)² as two nodes, t = x + y and L = t².
 * ∂L/∂x = ∂L/∂t · ∂t/∂x = 2t · 1. The book's graph evaluator computes it; the square is a
 * multiply node t · t, whose two uses of t add up to 2t on the way back (chapter 3's branch rule).
 */
import { evaluate } from '../graph/evaluate';
import type { Graph } from '../graph/types';
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

const GRAPH: Graph = {
  output: 'L',
  nodes: [
    { kind: 'leaf', id: 'x' },
    { kind: 'leaf', id: 'y' },
    { kind: 'add', id: 't', inputs: ['x', 'y'] },
    { kind: 'mul', id: 'L', inputs: ['t', 't'] },
  ],
};

function draw(pick: Picker): SquareOfSumProblem {
  const x = nonZeroInt(pick, -6, 6);
  const y = nonZeroInt(pick, -6, 6);
  const run = evaluate(GRAPH, { x, y });
  const at = (m: ReadonlyMap<string, number>, id: string) => m.get(id) as number;
  return {
    x,
    y,
    t: at(run.values, 't'),
    L: at(run.values, 'L'),
    dt: at(run.grads, 't'),
    dx: at(run.grads, 'x'),
  };
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
