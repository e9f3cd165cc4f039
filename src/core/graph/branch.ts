/**
 * A value used twice, for chapter 3: L = y·x + x·z. The input x feeds both multiply nodes,
 * so the backward pass reaches x along two paths, and ∂L/∂x is the sum of what each sends:
 * ∂L/∂x = y + z (2 + 5 = 7 with the starting values).
 */
import type { EdgeFlow, Evaluation } from './evaluate';
import type { Graph } from './types';

/** The starting values of the branch example. */
export const BRANCH_LEAVES = { x: 3, y: 2, z: 5 } as const;

export function branchGraph(): Graph {
  return {
    output: 'L',
    outputLabel: 'L',
    nodes: [
      { kind: 'leaf', id: 'x', label: 'x' },
      { kind: 'leaf', id: 'y', label: 'y' },
      { kind: 'leaf', id: 'z', label: 'z' },
      // y before x, so that x is drawn between y and z, level with both uses.
      { kind: 'mul', id: 'yx', label: 'y·x', tag: '①', inputs: ['y', 'x'] },
      { kind: 'mul', id: 'xz', label: 'x·z', tag: '②', inputs: ['x', 'z'] },
      { kind: 'add', id: 'L', label: 'L', tag: '③', inputs: ['yx', 'xz'] },
    ],
  };
}

/**
 * The gradient that reaches node `id` along each edge leaving it, one per use, in the order
 * the graph lists its consumers. Their sum is `evaluation.grads.get(id)`.
 */
export function contributions(evaluation: Evaluation, id: string): EdgeFlow[] {
  const order = [...evaluation.backwardOrder].reverse().map((n) => n.id);
  return evaluation.edges
    .filter((e) => e.from === id)
    .sort((a, b) => order.indexOf(a.to) - order.indexOf(b.to));
}
