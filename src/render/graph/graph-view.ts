/**
 * What a cell hands the graph renderer: an evaluated computational graph, ready to draw.
 * Owned by the cell kit (issue 4); chapters build one from `src/core/graph` evaluations.
 * Build one with `graphView()` from src/render/graph/to-view.ts rather than by hand.
 */
export interface GraphView {
  readonly nodes: readonly GraphViewNode[];
  readonly edges: readonly GraphViewEdge[];
  /** The backward pass in the order it visits nodes (output first). */
  readonly steps: readonly BackwardStep[];
  /**
   * Distance between columns in px, for a long graph whose edge labels are short enough to
   * sit closer than the default (kit extension).
   */
  readonly column?: number;
}

export interface GraphViewNode {
  readonly id: string;
  /** What the circle shows: "×", "+", "exp", "1/x", or a leaf's name. */
  readonly label: string;
  readonly role: 'input' | 'op' | 'output';
  /** Accessible name, e.g. "multiply node ①". */
  readonly description: string;
  /** The figure's node number, e.g. "①", drawn beside the circle (kit extension). */
  readonly tag?: string;
  /** The row to draw the node in, when the automatic layout would crowd (kit extension). */
  readonly row?: number;
}

export interface GraphViewEdge {
  readonly from: string;
  readonly to: string;
  /** Forward value as displayed above the edge (already formatted; may be a shape "2 × 3"). */
  readonly forward: string;
  /** Gradient ∂L/∂(this edge) as displayed below it. */
  readonly backward: string;
  /** Exact values for hover/focus, when numeric. */
  readonly forwardExact?: number;
  readonly backwardExact?: number;
}

export interface BackwardStep {
  readonly node: string;
  /** The node's local derivative in words or symbols, e.g. "∂z/∂x = y = 1.1". */
  readonly local: string;
  /** The product it sends upstream, e.g. "1.1 × 1 = 1.1". */
  readonly product: string;
}
