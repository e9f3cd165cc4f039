/** Computational graphs: node names and descriptions, edge titles, the edge table, step texts. */
export const graph = {
  /** Reader names of graph nodes, by node id (see src/render/graph/node-names.ts). */
  'graph.node.applePrice': 'apple price',
  'graph.node.appleCount': 'apples',
  'graph.node.orangePrice': 'orange price',
  'graph.node.orangeCount': 'oranges',
  'graph.node.tax': 'tax',
  'graph.node.appleCost': 'apple cost',
  'graph.node.orangeCost': 'orange cost',
  'graph.node.subtotal': 'subtotal',
  'graph.node.payment': 'payment',

  /** Operation names, as a screen reader hears a node: "multiply node ①, gives …". */
  'graph.op.add': 'add',
  'graph.op.mul': 'multiply',
  'graph.op.neg': 'times minus one',
  'graph.op.exp': 'exponential',
  'graph.op.add1': 'plus one',
  'graph.op.recip': 'reciprocal',
  'graph.op.sum': 'sum',
  'graph.op.div': 'divide',
  'graph.op.log': 'natural log',

  'graph.inputNode': ({ name }: { name: string }) => `input ${name}`,
  'graph.outputNode': ({ name }: { name: string }) => `output ${name}`,
  /** `tag` is the figure's node number ("①") or empty. */
  'graph.opNode': ({ op, tag, gives }: { op: string; tag: string; gives: string }) =>
    `${op} node${tag ? ` ${tag}` : ''}, gives ${gives}`,
  'graph.stepTo': (p: { input: string; dout: string; local: string; product: string }) =>
    `to ${p.input}: ${p.dout} × ${p.local} = ${p.product}`,

  // Numbers a graph can't show (issue 12, extremes): words in place of ∞ and NaN.
  'graph.overflow': 'overflow',
  'graph.noValue': 'no value',
  'graph.stepToOverflow': ({ input }: { input: string }) =>
    `to ${input}: no value, because a factor overflowed past the largest number a computer can hold (about 1.8e308)`,
  'graph.localOverflow': ({ op }: { op: string }) =>
    `the ${op} node's local derivative overflowed past the largest number a computer can hold (about 1.8e308)`,
  'graph.edgeForward': ({ value }: { value: string }) => `forward ${value}`,
  'graph.edgeForwardExact': ({ value }: { value: string }) => `forward exact: ${value}`,
  'graph.edgeGradient': ({ value }: { value: string }) => `gradient ${value}`,
  'graph.edgeGradientExact': ({ value }: { value: string }) => `gradient exact: ${value}`,

  'graph.table.from': 'From',
  'graph.table.to': 'To',
  'graph.table.value': 'Value (forward)',
  'graph.table.gradient': 'Gradient (backward)',

  /** The one-node cells of chapter 3 (src/render/graph-cell/binary-node.ts). */
  'graph.field.x': 'x',
  'graph.field.y': 'y',
  'graph.field.dout': 'Upstream gradient dout',
} as const;
