/**
 * The reader's names of graph nodes. Core graphs hold ids only (and symbols such as "x" or
 * "exp(−x)"); the words a node is called by come from the catalogue, by node id.
 */
import type { GraphNode, OpKind } from '../../core/graph/index';
import type { MessageKey } from '../../messages/catalogue';
import { t } from '../../messages/t';

/** Node id → its name in the catalogue (the shopping graph of chapters 2 and 3). */
const NODE_NAMES: Readonly<Record<string, MessageKey>> = {
  applePrice: 'graph.node.applePrice',
  appleCount: 'graph.node.appleCount',
  orangePrice: 'graph.node.orangePrice',
  orangeCount: 'graph.node.orangeCount',
  tax: 'graph.node.tax',
  appleCost: 'graph.node.appleCost',
  orangeCost: 'graph.node.orangeCost',
  subtotal: 'graph.node.subtotal',
  payment: 'graph.node.payment',
};

const OP_NAMES: Readonly<Record<OpKind, MessageKey>> = {
  add: 'graph.op.add',
  mul: 'graph.op.mul',
  neg: 'graph.op.neg',
  exp: 'graph.op.exp',
  add1: 'graph.op.add1',
  recip: 'graph.op.recip',
  sum: 'graph.op.sum',
  div: 'graph.op.div',
  log: 'graph.op.log',
};

/** A node's name: its catalogue name, else its symbol (`label`), else its id. */
export function nodeName(id: string, symbol?: string): string {
  const key = NODE_NAMES[id];
  return key ? t(key) : (symbol ?? id);
}

/** The name of a node as the graph defines it. */
export const nameOf = (node: GraphNode | undefined, id: string): string =>
  nodeName(id, node?.label);

export const opName = (kind: OpKind): string => t(OP_NAMES[kind]);
