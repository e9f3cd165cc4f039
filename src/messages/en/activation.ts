/** Chapter 5's activation cells (ReLU, sigmoid): labels, result captions, gradient-check verdicts. */
export const activation = {
  'activation.inputX': 'Input x',
  'activation.upstreamDout': 'Upstream gradient dout',
  'activation.check': 'Gradient check',
  'activation.centralDifference': 'central difference',
  'activation.relativeError': 'relative error',
  'activation.flagKink': 'kink',
  'activation.flagDiffers': 'differs',
  'activation.agree': 'The layer and the estimate agree.',
  'activation.disagree': 'They disagree.',
  'activation.disagreeKinkOne':
    'They disagree at the entry on the kink (x within h = 1e-5 of 0): the layer reports 0 there, while the estimate straddles the corner.',
  'activation.disagreeKinks': ({ n }: { n: number }) =>
    `They disagree at the ${n} entries on the kink (x within h = 1e-5 of 0): the layer reports 0 there, while the estimate straddles the corner.`,

  // The one check rule (issue 12, extremes): a check that can't tell never says agree.
  'activation.cantTell':
    'The check can’t tell here: at these sizes the estimate is mostly rounding, or a value overflowed. Try numbers closer to zero.',
  'activation.reluAnnounceUnchecked': ({ dx }: { dx: string }) =>
    `dx ${dx}; the gradient check can’t tell at these sizes`,

  'activation.reluShapeMismatch': ({ dout, x }: { dout: string; x: string }) =>
    `dout is ${dout} but x is ${x}: the upstream gradient needs one entry per entry of x.`,
  'activation.reluMask': 'mask: 1 where x ≤ 0',
  'activation.reluDxNote': 'dout where the mask is 0, and 0 where it is 1.',
  'activation.reluWholeError': ({ error }: { error: string }) =>
    `The estimate nudges each entry of x by h = 1e-5. Relative error of the whole dx: ${error}.`,
  'activation.reluAnnounceAgree': ({ dx }: { dx: string }) => `dx ${dx}; gradient check agrees`,
  'activation.reluAnnounceDisagree': ({ dx }: { dx: string }) =>
    `dx ${dx}; gradient check disagrees`,

  'activation.sigmoidOverflow': 'no value: exp(−x) overflowed',
  'activation.sigmoidOutput': 'The layer’s output',
  'activation.sigmoidTwoRoutes': 'Two routes to dx = ∂L/∂x',
  'activation.sigmoidThroughNodes': 'through the four nodes',
  'activation.sigmoidAgainstEstimate': 'dx against an estimate',
  'activation.sigmoidCentralDifference': 'central difference, h = 1e-5',
  'activation.sigmoidAnnounce': ({ y, dx, nodes }: { y: string; dx: string; nodes: string }) =>
    `y ${y}; dx ${dx} by the formula, ${nodes} through the nodes`,
  'activation.sigmoidAnnounceOverflow': ({ y, dx }: { y: string; dx: string }) =>
    `y ${y}; dx ${dx} by the formula, overflow through the nodes`,

  'activation.reluTitle': 'A ReLU layer, forward and backward',
  'activation.reluCaption':
    'Edit x and the upstream gradient dout; paste rows or add rows and columns to change the shape.',
  'activation.reluPlotsCaption':
    'ReLU and its derivative over [−4, 4]. One dot per entry of the cell’s x; a hollow dot at the edge stands for an entry outside the range.',
  'activation.sigmoidTitle': 'The sigmoid as four primitive nodes',
  'activation.sigmoidCaption':
    'Choose x and the upstream gradient dout. Step backward walks the graph from y back to x.',
  'activation.sigmoidPlotsCaption':
    'The sigmoid and its derivative over [−8, 8]; the dot marks the cell’s x (hollow at the edge when x is outside the range).',
} as const;
