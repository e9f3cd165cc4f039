/** Chapter 1: what a gradient costs (the counting cell) and the timing panel beside it. */
export const cost = {
  'cost.parameters': 'Number of parameters',
  'cost.enterWhole': 'Enter a whole number of parameters, 1 or more.',
  'cost.tooMany': ({ max }: { max: string }) => `Up to ${max} parameters, please.`,
  'cost.caption': 'Passes through the network for one gradient',
  'cost.numerical': 'numerical (central differences)',
  'cost.backprop': 'backpropagation',
  'cost.numericalPasses': ({ count }: { count: string }) => `${count} forward passes`,
  'cost.backpropPasses': ({ forward, backward }: { forward: string; backward: string }) =>
    `${forward} forward + ${backward} backward pass`,
  'cost.announce': ({ parameters, passes }: { parameters: string; passes: string }) =>
    `${parameters} parameters: numerical gradient ${passes} forward passes; ` +
    `backpropagation 1 forward and 1 backward pass`,

  'timing.intro': ({ max }: { max: string }) =>
    `The timing runs a small network of our own layers (4 inputs, 3 classes, a batch of 8) ` +
    `with as many parameters as you chose above, up to ${max}, and computes its gradient both ways.`,
  'timing.needsJs':
    'The timing runs in your browser and needs JavaScript; the counts above do not.',
  'timing.button': 'Time both in this browser',
  // Slow work and stale marks (issue 12).
  'timing.capped': ({ max }: { max: string }) =>
    `Timed at ${max} parameters, not the count above: the numerical gradient's work grows with the square of the size, so a larger network would take minutes in a browser. The timing runs in the background, so the page stays responsive.`,
  'timing.stale':
    'Showing the timing for the last valid count: fix the number of parameters above to time again.',
  'timing.running': 'Timing…',
  'timing.busy': 'Timing both methods; this takes a moment.',
  'timing.needParameters': 'Enter a whole number of parameters above first.',
  'timing.failed': 'The timing could not run in this browser.',
  'timing.ms': ({ ms }: { ms: string }) => `${ms} ms`,
  'timing.caption': ({
    inputs,
    hidden,
    classes,
    parameters,
    batch,
  }: {
    inputs: string;
    hidden: string;
    classes: string;
    parameters: string;
    batch: string;
  }) =>
    `Measured in this browser on a ${inputs} → ${hidden} → ${classes} network ` +
    `(${parameters} parameters, batch of ${batch})`,
  'timing.numerical': ({ passes }: { passes: string }) =>
    `numerical gradient (${passes} forward passes)`,
  'timing.backprop': 'backpropagation (1 forward + 1 backward)',
  'timing.fasterBy': 'backpropagation is faster by',
  'timing.ratio': ({ ratio }: { ratio: string }) => `${ratio} ×`,
  'timing.difference': 'difference between the two gradients',
  'timing.relative': ({ error }: { error: string }) => `${error} (relative)`,
  'timing.announce': ({
    numerical,
    backprop,
    ratio,
  }: {
    numerical: string;
    backprop: string;
    ratio: string;
  }) =>
    `Numerical gradient ${numerical}, backpropagation ${backprop}: about ${ratio} times faster.`,
} as const;
