import { describe, expect, it } from 'vitest';
import { evaluate, shoppingGraph, SHOPPING_LEAVES } from '../../../src/core/graph/index';
import { graphView } from '../../../src/render/graph/to-view';
import { shapeKey } from '../../../src/widgets/graph-patch';

const viewAt = (leaves: Readonly<Record<string, number>>) => {
  const graph = shoppingGraph();
  return graphView(graph, evaluate(graph, leaves, 1), 1);
};

describe('shapeKey', () => {
  it('is the same for the same graph with other numbers, so the SVG is patched in place', () => {
    const other = { ...SHOPPING_LEAVES, applePrice: 7 };
    expect(shapeKey(viewAt(other))).toBe(shapeKey(viewAt(SHOPPING_LEAVES)));
  });

  it('lists the nodes and the edges in drawing order', () => {
    const view = viewAt(SHOPPING_LEAVES);
    const [nodes, edges] = shapeKey(view).split('|');
    expect(nodes!.split(',')).toEqual(view.nodes.map((n) => n.id));
    expect(edges!.split(',')).toHaveLength(view.edges.length);
  });
});
