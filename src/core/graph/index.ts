/** Computational graphs: model, operations, evaluation, and the book's example graphs. */
export type { Graph, GraphNode, LeafNode, OpKind, OpNode } from './types';
export { GraphError } from './types';
export { OPS, short, type OpRule } from './ops';
export { evaluate, topologicalOrder, type EdgeFlow, type Evaluation } from './evaluate';
export { shoppingGraph, SHOPPING_LEAVES } from './shopping';
export { sigmoidGraph } from './sigmoid';
export { branchGraph, contributions, BRANCH_LEAVES } from './branch';
export { softmaxLossGraph, softmaxLossLeaves, CLASSES, SOFTMAX_LOSS_LIMIT } from './softmax-loss';
