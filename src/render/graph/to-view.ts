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
    // A graph may overflow where the book shows it does (the sigmoid's exp node at x = −1000):
    // such a step says so in words; it never prints ∞ or NaN as a number.
    const product = node.inputs
      .map((input, k) => {
        const l = local[k]!;
        return [dout, l, dout * l].every(Number.isFinite)
          ? t('graph.stepTo', {
              input: label(input),
              dout: short(dout),
              local: short(l),
              product: short(dout * l),
            })
          : t('graph.stepToOverflow', { input: label(input) });
      })
      .join('; ');
    const names = { inputs: node.inputs.map(label), output: label(node.id) };
    const explained = local.every(Number.isFinite)
      ? OPS[node.kind].explain(xs, z, names)
      : t('graph.localOverflow', { op: opName(node.kind) });
    return { node: node.id, local: explained, product };
  });
  return { nodes, edges, steps };
}

function edge(from: string, to: string, value: number, grad: number): GraphViewEdge {
  return {
    from,
    to,
    forward: shown(value),
    backward: shown(grad),
    ...(Number.isFinite(value) ? { forwardExact: value } : {}),
    ...(Number.isFinite(grad) ? { backwardExact: grad } : {}),
  };
}

/** A number as the graph shows it: ∞ as the word "overflow", NaN as "no value". */
const shown = (v: number): string =>
  Number.isFinite(v) ? formatNumber(v) : Number.isNaN(v) ? t('graph.noValue') : t('graph.overflow');
