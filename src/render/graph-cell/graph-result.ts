/**
 * Shared by the cells that draw a `src/core/graph` graph: evaluate it for the reader's
 * values and keep both the numbers and the drawable view.
 */
import { evaluate, type Evaluation, type Graph } from '../../core/graph/index';
import type { GraphView } from '../graph/graph-view';
import { graphView } from '../graph/to-view';

export interface GraphResult {
  readonly evaluation: Evaluation;
  readonly view: GraphView;
  /** Forward value of a node. */
  value(id: string): number;
  /** ∂L/∂(node), with ∂L/∂(output) = the seed. */
  grad(id: string): number;
}

export function graphResult(
  graph: Graph,
  leaves: Readonly<Record<string, number>>,
  seed = 1,
): GraphResult {
  const evaluation = evaluate(graph, leaves, seed);
  return {
    evaluation,
    view: graphView(graph, evaluation, seed),
    value: (id) => evaluation.values.get(id)!,
    grad: (id) => evaluation.grads.get(id)!,
  };
}

/** The scalar fields' values as graph leaves (fields are validated before `compute`). */
export function scalars(values: Readonly<Record<string, unknown>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === 'number') out[k] = v;
  return out;
}
