/**
 * Softmax-with-Loss for one example with three classes, built from primitives so that the
 * backward pass can be followed node by node:
 *
 *   eₖ = exp(aₖ),  S = Σ eₖ,  yₖ = eₖ ÷ S,  L = ×(−1)( Σ tₖ · log yₖ )
 *
 * All three tₖ · log yₖ paths are built, even though a one-hot t zeroes two of them: the
 * graph keeps one shape whichever class is true, and shows that a zero t sends nothing back
 * through its log. Backward through these nodes gives ∂L/∂aₖ = yₖ − tₖ.
 */
import type { Graph, GraphNode } from './types';

/** Classes in the example. */
export const CLASSES = 3;

/**
 * The largest |aₖ| the graph takes. The primitive exp has no max shift, so the logits are
 * bounded instead: e¹⁰⁰ ≈ 2.7e43 stays finite, and the smallest probability, about e⁻²⁰⁰/3,
 * is far above underflow, so no log of 0 and no 0 · ∞.
 */
export const SOFTMAX_LOSS_LIMIT = 100;

/** Classes are counted from 0, as in the index labels: a₀, a₁, a₂. */
const SUB = ['₀', '₁', '₂'] as const;

export function softmaxLossGraph(): Graph {
  const ks = [0, 1, 2] as const;
  const nodes: GraphNode[] = [
    ...ks.map((k): GraphNode => ({ kind: 'leaf', id: `a${k}`, label: `a${SUB[k]}` })),
    ...ks.map((k): GraphNode => ({ kind: 'leaf', id: `t${k}`, label: `t${SUB[k]}` })),
    ...ks.map((k): GraphNode => ({
      kind: 'exp',
      id: `e${k}`,
      label: `e${SUB[k]}`,
      inputs: [`a${k}`],
    })),
    { kind: 'sum', id: 'S', label: 'S', inputs: ['e0', 'e1', 'e2'] },
    ...ks.map((k): GraphNode => ({
      kind: 'div',
      id: `y${k}`,
      label: `y${SUB[k]}`,
      inputs: [`e${k}`, 'S'],
    })),
    ...ks.map((k): GraphNode => ({
      kind: 'log',
      id: `log${k}`,
      label: `log y${SUB[k]}`,
      inputs: [`y${k}`],
    })),
    ...ks.map((k): GraphNode => ({
      kind: 'mul',
      id: `tlog${k}`,
      label: `t${SUB[k]} log y${SUB[k]}`,
      inputs: [`log${k}`, `t${k}`],
    })),
    { kind: 'sum', id: 'sumTlog', label: 'Σ tₖ log yₖ', inputs: ['tlog0', 'tlog1', 'tlog2'] },
    { kind: 'neg', id: 'L', label: 'L', inputs: ['sumTlog'] },
  ];
  return { output: 'L', outputLabel: 'L', nodes };
}

/** The graph's leaves for logits `a` and the true class (0, 1 or 2), t one-hot. */
export function softmaxLossLeaves(
  a: readonly [number, number, number],
  trueClass: number,
): Record<string, number> {
  const leaves: Record<string, number> = {};
  for (let k = 0; k < CLASSES; k++) {
    leaves[`a${k}`] = a[k]!;
    leaves[`t${k}`] = k === trueClass ? 1 : 0;
  }
  return leaves;
}
