/**
 * A computational graph: leaves hold the reader's numbers, operation nodes combine them.
 * Plain data, so a graph can be built once and evaluated for any leaf values.
 */

/**
 * The operations the book draws: add, multiply, the four primitives of the sigmoid, and
 * the sum, divide and log that Softmax-with-Loss is built from.
 */
export type OpKind = 'add' | 'mul' | 'neg' | 'exp' | 'add1' | 'recip' | 'sum' | 'div' | 'log';

/** A number supplied from outside, e.g. the apple price. */
export interface LeafNode {
  readonly kind: 'leaf';
  readonly id: string;
  /**
   * The symbol drawn for the node ("x"), when it has one. Core holds no words: a node the
   * reader knows by name is named by the renderer from its id (src/render/graph/node-names.ts).
   */
  readonly label?: string;
}

/** An operation applied to the values of earlier nodes. */
export interface OpNode {
  readonly kind: OpKind;
  readonly id: string;
  /** Ids of the nodes whose values flow in, in order (x, y). */
  readonly inputs: readonly string[];
  /** The figure's node number, e.g. "①", so code and figure can refer to each other. */
  readonly tag?: string;
  /** The node's result as a symbol, e.g. "exp(−x)"; named by id otherwise (see `LeafNode.label`). */
  readonly label?: string;
}

export type GraphNode = LeafNode | OpNode;

export interface Graph {
  readonly nodes: readonly GraphNode[];
  /** The node whose value is the final output L (e.g. the payment). */
  readonly output: string;
  /** The final output's symbol, e.g. "y"; named by id otherwise (see `LeafNode.label`). */
  readonly outputLabel?: string;
}

/** Thrown for a graph that cannot be evaluated (a cycle, a missing node, a wrong arity). */
export class GraphError extends Error {
  override readonly name = 'GraphError';
}
