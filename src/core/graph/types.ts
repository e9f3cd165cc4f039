/**
 * A computational graph: leaves hold the reader's numbers, operation nodes combine them.
 * Plain data, so a graph can be built once and evaluated for any leaf values.
 */

/** The operations the book draws: add, multiply, and the four primitives of the sigmoid. */
export type OpKind = 'add' | 'mul' | 'neg' | 'exp' | 'add1' | 'recip';

/** A number supplied from outside, e.g. "apple price". */
export interface LeafNode {
  readonly kind: 'leaf';
  readonly id: string;
  /** The quantity as the prose names it. */
  readonly label: string;
}

/** An operation applied to the values of earlier nodes. */
export interface OpNode {
  readonly kind: OpKind;
  readonly id: string;
  /** Ids of the nodes whose values flow in, in order (x, y). */
  readonly inputs: readonly string[];
  /** The figure's node number, e.g. "①", so code and figure can refer to each other. */
  readonly tag?: string;
  /** What the node's result means, e.g. "apple cost"; defaults to the id. */
  readonly label?: string;
}

export type GraphNode = LeafNode | OpNode;

export interface Graph {
  readonly nodes: readonly GraphNode[];
  /** The node whose value is the final output L (e.g. the payment). */
  readonly output: string;
  /** The name of the final output, e.g. "payment". */
  readonly outputLabel: string;
}

/** Thrown for a graph that cannot be evaluated (a cycle, a missing node, a wrong arity). */
export class GraphError extends Error {
  override readonly name = 'GraphError';
}
