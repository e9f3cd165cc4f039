/**
 * Fixed drawing rows for a graph whose automatic layout would crowd (a node shared by
 * several others, such as softmax's sum): the view is returned with `row` set by node id,
 * and, for a long graph with short labels, a narrower distance between columns.
 */
import type { GraphView } from '../graph/graph-view';

export function withRows(
  view: GraphView,
  rows: Readonly<Record<string, number>>,
  column?: number,
): GraphView {
  return {
    ...view,
    ...(column === undefined ? {} : { column }),
    nodes: view.nodes.map((n) => (rows[n.id] === undefined ? n : { ...n, row: rows[n.id]! })),
  };
}
