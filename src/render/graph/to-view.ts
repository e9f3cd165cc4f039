/**
 * Turns an evaluated `Graph` into the `GraphView` the renderer draws: formatted numbers,
 * exact values, and the backward steps with their local derivatives and products.
 */
import { OPS, short, type Evaluation, type Graph } from '../../core/graph/index';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages/t';
import { nameOf, nodeName, opName } from './node-names';
import type { BackwardStep, GraphView, GraphViewEdge, GraphViewNode } from './graph-view';

/** The id of the sink node the final output edge points to. */
export const sinkId = (graph: Graph): string => `${graph.output}Out`;

export function graphView(graph: Graph, ev: Evaluation, seed = 1): GraphView {
  const label = (id: string): string =>
    nameOf(
      graph.nodes.find((m) => m.id === id),
      id,
    );
  const nodes: GraphViewNode[] = graph.nodes.map((n) =>
    n.kind === 'leaf'
      ? {
          id: n.id,
          label: label(n.id),
          role: 'input',
          description: t('graph.inputNode', { name: label(n.id) }),
        }
      : {
          id: n.id,
          label: OPS[n.kind].symbol,
          role: 'op',
          description: t('graph.opNode', {
            op: opName(n.kind),
            tag: n.tag ?? '',
            gives: label(n.id),
          }),
          ...(n.tag ? { tag: n.tag } : {}),
        },
  );
  const outputName = nodeName(graph.output, graph.outputLabel);
  nodes.push({
    id: sinkId(graph),
    label: outputName,
    role: 'output',
    description: t('graph.outputNode', { name: outputName }),
  });
  const out = ev.values.get(graph.output)!;
  // Forward order, each node's inputs in order (x before y), so the layout reads top-down.
  const forward = [...ev.backwardOrder].reverse();
  const edges: GraphViewEdge[] = forward.flatMap((node) =>
    ev.edges.filter((e) => e.to === node.id).map((e) => edge(e.from, e.to, e.value, e.grad)),
  );
  edges.push(edge(graph.output, sinkId(graph), out, seed));
  const steps: BackwardStep[] = ev.backwardOrder.map((node) => {
    const xs = node.inputs.map((i) => ev.values.get(i)!);
    const z = ev.values.get(node.id)!;
    const dout = ev.grads.get(node.id)!;
    const local = OPS[node.kind].local(xs, z);
    const product = node.inputs
      .map((input, k) => {
        const l = local[k]!;
        return t('graph.stepTo', {
          input: label(input),
          dout: short(dout),
          local: short(l),
          product: short(dout * l),
        });
      })
      .join('; ');
    const names = { inputs: node.inputs.map(label), output: label(node.id) };
    return { node: node.id, local: OPS[node.kind].explain(xs, z, names), product };
  });
  return { nodes, edges, steps };
}

function edge(from: string, to: string, value: number, grad: number): GraphViewEdge {
  return {
    from,
    to,
    forward: formatNumber(value),
    backward: formatNumber(grad),
    forwardExact: value,
    backwardExact: grad,
  };
}
