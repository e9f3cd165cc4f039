/** The chain rule cells (chapters 3 and 5) and the kit's matrix test bench. */
export const chain = {
  /** A field named by its symbol alone. */
  'chain.x': 'x',
  'chain.upstreamDout': 'Upstream gradient dout',

  /** L = (x² + 1)³ as three nodes. */
  'chain.enterX': 'Enter a number for x.',
  'chain.tooLarge': '(x² + 1)³ is too large to compute for this x; try |x| below 1e50.',
  'chain.checkFormula': 'check: 3(x² + 1)² · 2x',
  'chain.checkNumerical': 'check: central difference',
  'chain.node.x': 'input x',
  'chain.node.square': 'square node, gives t',
  'chain.node.plusOne': 'add-one node, gives u',
  'chain.node.cube': 'cube node, gives L',
  'chain.node.L': 'output L',
  /** One backward step: the gradient sent to `input` is upstream × local. */
  'chain.step.product': ({
    input,
    upstream,
    local,
    result,
  }: {
    input: string;
    upstream: string;
    local: string;
    result: string;
  }) => `to ${input}: ${upstream} × ${local} = ${result}`,

  /** The kit's matrix test bench. */
  'chain.matrix.weights': 'Weights W',
  'chain.matrix.inputs': 'Inputs X',
  'chain.matrix.reduce': 'Combine the products by',
  'chain.matrix.sum': 'Sum',
  'chain.matrix.mean': 'Mean',
  'chain.matrix.mismatch': ({ x, w }: { x: string; w: string }) =>
    `X is ${x} but W is ${w}; they must match.`,
} as const;
