/**
 * Forward and backward evaluation of a `Graph` in topological order.
 * Pure: the graph and the leaf values are never mutated.
 */
import { OPS } from './ops';
import { GraphError, type Graph, type GraphNode, type OpNode } from './types';

/** One edge of the drawing: the value flowing forward and the gradient flowing back along it. */
export interface EdgeFlow {
  readonly from: string;
  readonly to: string;
  readonly value: number;
  /** ∂L/∂(value) through this edge alone: upstream gradient × local derivative. */
  readonly grad: number;
}

export interface Evaluation {
  /** Every node's output. */
  readonly values: ReadonlyMap<string, number>;
  /** ∂L/∂(node output), summed over all paths. */
  readonly grads: ReadonlyMap<string, number>;
  /** Every input edge of every operation node. */
  readonly edges: readonly EdgeFlow[];
  /** Operation nodes in the order the backward pass visits them (output first). */
  readonly backwardOrder: readonly OpNode[];
}

/** Nodes ordered so each comes after all of its inputs; throws `GraphError` on a cycle. */
export function topologicalOrder(graph: Graph): GraphNode[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: GraphNode[] = [];
  const visit = (id: string): void => {
    if (done.has(id)) return;
    if (visiting.has(id)) throw new GraphError(`the graph has a cycle through "${id}"`);
    const node = byId.get(id);
    if (!node) throw new GraphError(`no node "${id}"`);
    visiting.add(id);
    if (node.kind !== 'leaf') node.inputs.forEach(visit);
    visiting.delete(id);
    done.add(id);
    order.push(node);
  };
  graph.nodes.forEach((n) => visit(n.id));
  return order;
}

/**
 * Runs the forward pass from the leaf values, then the backward pass from ∂L/∂L = `seed`.
 * Throws `GraphError` when a leaf has no value or an operation has the wrong number of inputs.
 */
export function evaluate(
  graph: Graph,
  leaves: Readonly<Record<string, number>>,
  seed = 1,
): Evaluation {
  const order = topologicalOrder(graph);
  const values = new Map<string, number>();
  for (const node of order) {
    if (node.kind === 'leaf') {
      const v = leaves[node.id];
      if (v === undefined) throw new GraphError(`no value for leaf "${node.id}"`);
      values.set(node.id, v);
    } else {
      const rule = OPS[node.kind];
      if (rule.arity !== undefined ? node.inputs.length !== rule.arity : node.inputs.length < 2) {
        throw new GraphError(`"${node.id}" (${rule.name}) has ${node.inputs.length} inputs`);
      }
      values.set(node.id, rule.forward(node.inputs.map((i) => values.get(i)!)));
    }
  }
  const grads = new Map<string, number>(order.map((n) => [n.id, 0]));
  grads.set(graph.output, seed);
  const edges: EdgeFlow[] = [];
  const backwardOrder: OpNode[] = [];
  for (const node of [...order].reverse()) {
    if (node.kind === 'leaf') continue;
    backwardOrder.push(node);
    const xs = node.inputs.map((i) => values.get(i)!);
    const dout = grads.get(node.id)!;
    const local = OPS[node.kind].local(xs, values.get(node.id)!);
    node.inputs.forEach((input, k) => {
      const grad = dout * local[k]!;
      grads.set(input, grads.get(input)! + grad);
      edges.push({ from: input, to: node.id, value: xs[k]!, grad });
    });
  }
  return { values, grads, edges, backwardOrder };
}
