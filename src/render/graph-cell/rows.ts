/**
 * Fixed drawing rows for a graph whose automatic layout would crowd (a node shared by
 * several others, such as softmax's sum): the view is returned with `row` set by node id.
 */
import type { GraphView } from '../graph/graph-view';

export function withRows(view: GraphView, rows: Readonly<Record<string, number>>): GraphView {
  return {
    ...view,
    nodes: view.nodes.map((n) => (rows[n.id] === undefined ? n : { ...n, row: rows[n.id]! })),
  };
}
