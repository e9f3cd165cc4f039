/**
 * The sigmoid σ(x) = 1 / (1 + exp(−x)) built from its four primitives, so each local
 * derivative can be shown: ×(−1), exp, +1, 1/x.
 */
import type { Graph } from './types';

export function sigmoidGraph(): Graph {
  return {
    output: 'y',
    outputLabel: 'y',
    nodes: [
      { kind: 'leaf', id: 'x', label: 'x' },
      { kind: 'neg', id: 'negX', label: '−x', tag: '①', inputs: ['x'] },
      { kind: 'exp', id: 'expNegX', label: 'exp(−x)', tag: '②', inputs: ['negX'] },
      { kind: 'add1', id: 'denominator', label: '1 + exp(−x)', tag: '③', inputs: ['expNegX'] },
      { kind: 'recip', id: 'y', label: 'y', tag: '④', inputs: ['denominator'] },
    ],
  };
}
