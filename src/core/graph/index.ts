/** Computational graphs: model, operations, evaluation, and the book's example graphs. */
export type { Graph, GraphNode, LeafNode, OpKind, OpNode } from './types';
export { GraphError } from './types';
export { OPS, short, type OpRule } from './ops';
export { evaluate, topologicalOrder, type EdgeFlow, type Evaluation } from './evaluate';
export { shoppingGraph, SHOPPING_LEAVES } from './shopping';
export { sigmoidGraph } from './sigmoid';
