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

const SUB = ['₁', '₂', '₃'] as const;

export function softmaxLossGraph(): Graph {
  const ks = [0, 1, 2] as const;
  const nodes: GraphNode[] = [
    ...ks.map((k): GraphNode => ({ kind: 'leaf', id: `a${k + 1}`, label: `a${SUB[k]}` })),
    ...ks.map((k): GraphNode => ({ kind: 'leaf', id: `t${k + 1}`, label: `t${SUB[k]}` })),
    ...ks.map((k): GraphNode => ({
      kind: 'exp',
      id: `e${k + 1}`,
      label: `e${SUB[k]}`,
      inputs: [`a${k + 1}`],
    })),
    { kind: 'sum', id: 'S', label: 'S', inputs: ['e1', 'e2', 'e3'] },
    ...ks.map((k): GraphNode => ({
      kind: 'div',
      id: `y${k + 1}`,
      label: `y${SUB[k]}`,
      inputs: [`e${k + 1}`, 'S'],
    })),
    ...ks.map((k): GraphNode => ({
      kind: 'log',
      id: `log${k + 1}`,
      label: `log y${SUB[k]}`,
      inputs: [`y${k + 1}`],
    })),
    ...ks.map((k): GraphNode => ({
      kind: 'mul',
      id: `tlog${k + 1}`,
      label: `t${SUB[k]} log y${SUB[k]}`,
      inputs: [`log${k + 1}`, `t${k + 1}`],
    })),
    { kind: 'sum', id: 'sumTlog', label: 'Σ tₖ log yₖ', inputs: ['tlog1', 'tlog2', 'tlog3'] },
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
    leaves[`a${k + 1}`] = a[k]!;
    leaves[`t${k + 1}`] = k === trueClass ? 1 : 0;
  }
  return leaves;
}
